package com.skyorders.socket;

import java.util.regex.Pattern;

/**
 * Where a console asks its stream to start: after alert {@code id} of the outbox history {@code epoch} (null when the
 * console did not say, as the tutorial's admin never does). An id only means something in its own history; the
 * relay treats a since from another one, or above every id there is, as "now".
 */
record Since(long id, String epoch) {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern EPOCH = Pattern.compile("\\d{1,20}");

    /** From the handshake's query; null when the id is missing or malformed. */
    static Since parse(String id, String epoch) {
        if (id == null || !ID.matcher(id).matches()) {
            return null;
        }
        return new Since(
                Long.parseLong(id), epoch != null && EPOCH.matcher(epoch).matches() ? epoch : null);
    }
}
