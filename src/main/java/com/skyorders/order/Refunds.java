package com.skyorders.order;

import com.skyorders.payment.PaymentGateway;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;

/** Sends money back through the gateway and records the refund in the caller's transaction (once per order). */
final class Refunds {

    private final PaymentGateway gateway;

    Refunds(PaymentGateway gateway) {
        this.gateway = gateway;
    }

    void refund(Handle handle, Order order, String reason, LocalDateTime now) {
        String reference = gateway.refund(order.number(), order.amount(), reason);
        handle.attach(OrderDao.class).recordRefund(order.id(), order.amount(), reason, reference, now);
    }
}
