package com.skyorders.order;

import com.skyorders.error.AppException;
import com.skyorders.outbox.AlertPublisher;
import com.skyorders.outbox.AlertType;
import com.skyorders.outbox.NewOrderDetails;
import com.skyorders.payment.PaymentGateway;
import com.skyorders.payment.Prepay;
import com.skyorders.user.UserDao;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Paying for an order. Success is one conditional update (待付款 → 待接单, unpaid → paid, checkout time and the
 * provider's transaction id set) under the order's row lock, so a payment and a cancellation or timeout sweep never
 * both win. The provider is called with no lock held and in no transaction; money going back is a refund-outbox row
 * in the deciding transaction, sent after commit.
 */
public final class OrderPaymentService {

    static final String CANCELLED_THEN_PAID = "订单已取消，支付退回";
    static final String PAID_TWICE = "重复支付，自动退款";

    private final Jdbi jdbi;
    private final Clock clock;
    private final PaymentGateway gateway;
    private final Duration payTimeout;
    private final AlertPublisher alerts;

    public OrderPaymentService(
            Jdbi jdbi, Clock clock, PaymentGateway gateway, Duration payTimeout, AlertPublisher alerts) {
        this.jdbi = jdbi;
        this.alerts = alerts;
        this.clock = clock;
        this.gateway = gateway;
        this.payTimeout = payTimeout;
    }

    /**
     * PUT /user/order/payment: the caller's unpaid order, within its pay deadline. Checked, then the provider opens
     * the payment (no lock held), then — for a provider that confirms at once — checked again and marked paid.
     */
    public Prepay pay(long userId, String orderNumber, int payMethod) {
        // A first look without a lock or a transaction: the lock would be released before the provider is asked
        // anyway, and everything is checked again under it below.
        record Payable(Order order, String openid) {}
        Payable payable = jdbi.withHandle(handle -> new Payable(
                payable(new OrderDao(handle).findByNumber(orderNumber), userId),
                new UserDao(handle).openidOf(userId).orElseThrow(OrderNotFoundException::new)));
        Order order = payable.order();
        Prepay prepay = gateway.prepay(order.number(), order.amount(), "苍穹外卖订单" + order.number(), payable.openid());
        if (gateway.confirmsImmediately()) {
            String transactionId = gateway.transactionIdOf(prepay);
            jdbi.useTransaction(handle -> markPaid(
                    handle, payable(handle, userId, orderNumber), payMethod, transactionId, LocalDateTime.now(clock)));
        }
        return prepay;
    }

    /** The caller's order, locked, if it can still be paid now. */
    private Order payable(Handle handle, long userId, String orderNumber) {
        return payable(new OrderDao(handle).lockByNumber(orderNumber), userId);
    }

    private Order payable(Optional<Order> found, long userId) {
        Order order = found.filter(o -> o.userId() == userId).orElseThrow(OrderNotFoundException::new);
        if (order.payStatusIs(PayStatus.PAID)) {
            throw AppException.conflict("该订单已支付");
        }
        if (!OrderStatus.Transition.PAY.allowedFrom(order.orderStatus())) {
            throw new OrderStatusException("订单已取消，不能支付");
        }
        if (LocalDateTime.now(clock).isAfter(order.orderTime().plus(payTimeout))) {
            throw new OrderStatusException("订单已超过支付时限，请重新下单");
        }
        return order;
    }

    /**
     * The provider's confirmation (POST /notify/paySuccess). Idempotent per transaction: a repeat changes nothing.
     * A payment for an order already cancelled never revives it, and a second, different payment of a paid order
     * (a customer who paid twice) is not kept: both go to the refund outbox.
     */
    public PaymentOutcome confirm(String orderNumber, BigDecimal amount, String transactionId) {
        return jdbi.inTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            Order order = orders.lockByNumber(orderNumber).orElseThrow(OrderNotFoundException::new);
            if (order.amount().compareTo(amount) != 0) {
                throw AppException.conflict("支付金额与订单金额不符");
            }
            LocalDateTime now = LocalDateTime.now(clock);
            if (!order.payStatusIs(PayStatus.UNPAID)) {
                String recorded = orders.payTransactionOf(order.id()).orElse(null);
                if (recorded == null && order.payStatusIs(PayStatus.PAID)) {
                    // Paid before transaction ids were recorded: the first one we hear of is that payment.
                    orders.recordPayTransaction(order.id(), transactionId);
                    return PaymentOutcome.ALREADY_PAID;
                }
                if (transactionId.equals(recorded)) {
                    return order.payStatusIs(PayStatus.PAID) ? PaymentOutcome.ALREADY_PAID : PaymentOutcome.REFUNDED;
                }
                Refunds.refund(handle, order, transactionId, PAID_TWICE, now);
                return PaymentOutcome.REFUNDED;
            }
            if (order.orderStatus() == OrderStatus.CANCELLED) {
                orders.markRefundedAfterCancel(order.id(), transactionId);
                Refunds.refund(handle, order, transactionId, CANCELLED_THEN_PAID, now);
                return PaymentOutcome.REFUNDED;
            }
            markPaid(handle, order, order.payMethod(), transactionId, now);
            return PaymentOutcome.PAID;
        });
    }

    /** The paid-order change and its 来单提醒 commit together, or not at all. */
    private void markPaid(Handle handle, Order order, int payMethod, String transactionId, LocalDateTime now) {
        if (new OrderDao(handle).markPaid(order.id(), OrderStatus.Transition.PAY, payMethod, now, transactionId) != 1) {
            throw new OrderStatusException();
        }
        NewOrderDetails details = new NewOrderDetails(
                order.id(),
                order.number(),
                order.amount(),
                order.consignee(),
                order.phone(),
                order.address(),
                order.remark(),
                now);
        alerts.publish(handle, AlertType.NEW_ORDER, order.id(), order.number(), details);
    }

    /** How a gateway confirmation ended. */
    public enum PaymentOutcome {
        PAID,
        ALREADY_PAID,
        REFUNDED
    }
}
