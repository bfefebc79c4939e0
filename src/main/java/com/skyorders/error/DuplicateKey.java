package com.skyorders.error;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's refusal of a second row with the same unique key (SQLState 23000, error 1062), found anywhere in a
 * failure's causes: the one place that knows how the database says "already exists".
 */
public final class DuplicateKey {

    private static final int ER_DUP_ENTRY = 1062;
    private static final Pattern ENTRY = Pattern.compile("Duplicate entry '(.*)' for key");

    private DuplicateKey() {}

    public static boolean in(Throwable failure) {
        return refusal(failure).isPresent();
    }

    /** The duplicated value as the database quotes it ({@code Duplicate entry '川菜' for key …}), if this is one. */
    public static Optional<String> entry(Throwable failure) {
        return refusal(failure).map(sql -> {
            Matcher entry = ENTRY.matcher(String.valueOf(sql.getMessage()));
            return entry.find() ? entry.group(1) : "";
        });
    }

    private static Optional<SQLException> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && "23000".equals(sql.getSQLState())
                    && sql.getErrorCode() == ER_DUP_ENTRY) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
