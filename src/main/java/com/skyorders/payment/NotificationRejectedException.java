package com.skyorders.payment;

/**
 * A provider notification we cannot trust or read (bad signature, stale, undecryptable, not ours): refused
 * without touching any order. Its message says why, without quoting the notification.
 */
public final class NotificationRejectedException extends RuntimeException {

    public NotificationRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
