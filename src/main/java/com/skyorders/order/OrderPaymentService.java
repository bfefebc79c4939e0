package com.skyorders.order;

import com.skyorders.error.AppException;
import com.skyorders.notify.AlertPublisher;
import com.skyorders.notify.AlertType;
import java.util.LinkedHashMap;
import java.util.Map;
import com.skyorders.payment.PaymentGateway;
import com.skyorders.payment.Prepay;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Paying for an order. Success is one conditional update (待付款 → 待接单, unpaid → paid, checkout time set) under
 * the order's row lock, so a payment and a cancellation or timeout sweep never both win.
 */
public final class OrderPaymentService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final Duration payTimeout;
    private final Refunds refunds;
    private final AlertPublisher alerts;

    public OrderPaymentService(Jdbi jdbi, Clock clock, PaymentGateway gateway, Duration payTimeout,
                               AlertPublisher alerts) {
        this.jdbi = jdbi;
        this.alerts = alerts;
        this.clock = clock;
        this.gateway = gateway;
        this.payTimeout = payTimeout;
        this.refunds = new Refunds(gateway);
    }

    /** PUT /user/order/payment: the caller's unpaid order, within its pay deadline. */
    public Prepay pay(long userId, String orderNumber, int payMethod) {
        return jdbi.inTransaction(handle -> {
            OrderDao orders = handle.attach(OrderDao.class);
            Order order = orders.lockByNumber(orderNumber).filter(o -> o.userId() == userId)
                    .orElseThrow(OrderNotFoundException::new);
            LocalDateTime now = LocalDateTime.now(clock);
            if (order.payStatus() == Order.PAID) {
                throw AppException.conflict("该订单已支付");
            }
            if (order.orderStatus() != OrderStatus.PENDING_PAYMENT) {
                throw new OrderStatusException("订单已取消，不能支付");
            }
            if (now.isAfter(order.orderTime().plus(payTimeout))) {
                throw new OrderStatusException("订单已超过支付时限，请重新下单");
            }
            Prepay prepay = gateway.prepay(order.number(), order.amount(), "苍穹外卖订单" + order.number());
            if (gateway.confirmsImmediately()) {
                markPaid(handle, order, payMethod, now);
            }
            return prepay;
        });
    }

    /**
     * The gateway's confirmation (POST /notify/paySuccess). Idempotent: a repeat for a paid order changes nothing;
     * a payment for an order already cancelled never revives it, the money is refunded instead.
     */
    public PaymentOutcome confirm(String orderNumber, BigDecimal amount) {
        return jdbi.inTransaction(handle -> {
            OrderDao orders = handle.attach(OrderDao.class);
            Order order = orders.lockByNumber(orderNumber).orElseThrow(OrderNotFoundException::new);
            if (order.amount().compareTo(amount) != 0) {
                throw AppException.conflict("支付金额与订单金额不符");
            }
            LocalDateTime now = LocalDateTime.now(clock);
            if (order.payStatus() != Order.UNPAID) {
                return order.payStatus() == Order.PAID ? PaymentOutcome.ALREADY_PAID : PaymentOutcome.REFUNDED;
            }
            if (order.orderStatus() == OrderStatus.CANCELLED) {
                orders.markRefundedAfterCancel(order.id());
                refunds.refund(handle, order, "订单已取消，支付退回", now);
                return PaymentOutcome.REFUNDED;
            }
            markPaid(handle, order, order.payMethod(), now);
            return PaymentOutcome.PAID;
        });
    }

    /** The paid-order change and its 来单提醒 commit together, or not at all. */
    private void markPaid(Handle handle, Order order, int payMethod, LocalDateTime now) {
        if (handle.attach(OrderDao.class).markPaid(order.id(), payMethod, now) != 1) {
            throw new OrderStatusException();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("orderId", order.id());
        details.put("orderNumber", order.number());
        details.put("amount", order.amount());
        details.put("consignee", order.consignee());
        details.put("phone", order.phone());
        details.put("address", order.address());
        details.put("remark", order.remark());
        details.put("checkoutTime", now);
        alerts.publish(handle, AlertType.NEW_ORDER, order.id(), order.number(), details);
    }

    /** How a gateway confirmation ended. */
    public enum PaymentOutcome {
        PAID,
        ALREADY_PAID,
        REFUNDED
    }
}
