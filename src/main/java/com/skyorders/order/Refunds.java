package com.skyorders.order;

import com.skyorders.payment.RefundDao;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/**
 * Decides that money goes back, in the caller's transaction: a PENDING row in the refund outbox, once per payment.
 * Nothing leaves for the provider here (this transaction may yet roll back or be retried); the RefundSender sends
 * it after commit.
 */
final class Refunds {

    private Refunds() {}

    /** The order's own payment goes back (a paid order cancelled or rejected). */
    static void refundPayment(Handle handle, Order order, String reason, LocalDateTime now) {
        String transactionId = new OrderDao(handle).payTransactionOf(order.id()).orElse(null);
        refund(handle, order, transactionId, reason, now);
    }

    /** A particular payment goes back (one that arrived for a cancelled order, or a second one). */
    static void refund(Handle handle, Order order, String transactionId, String reason, LocalDateTime now) {
        new RefundDao(handle).request(order.id(), order.number(), transactionId, order.amount(), reason, now);
    }
}
