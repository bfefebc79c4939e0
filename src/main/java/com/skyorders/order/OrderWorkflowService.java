package com.skyorders.order;

import com.skyorders.error.AppException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The shop's moves on an order: accept, reject, cancel, dispatch, complete. Each is one conditional UPDATE with
 * its row count checked: zero rows is 404 when the order does not exist, 409 "订单状态错误" when it was not (or no
 * longer) in a status the move starts from. Rejections and cancellations of paid orders are refunded.
 */
public final class OrderWorkflowService {

    /** The reasons the console offers for rejecting an order (the customer sees the text; a custom one is allowed). */
    public static final List<String> REJECT_REASONS = List.of("订单量较多，暂时无法接单", "菜品已销售完，暂时无法接单", "餐厅已打烊，暂时无法接单");
    /** The reasons the console offers for cancelling an order. */
    public static final List<String> CANCEL_REASONS = List.of("订单量较多，暂时无法接单", "菜品已销售完，暂时无法接单", "骑手不足无法配送", "客户电话取消");

    private final Jdbi jdbi;
    private final Clock clock;

    public OrderWorkflowService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public void confirm(long orderId) {
        move(orderId, OrderStatus.Transition.CONFIRM);
    }

    public void dispatch(long orderId) {
        move(orderId, OrderStatus.Transition.DISPATCH);
    }

    public void complete(long orderId) {
        jdbi.useTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            if (orders.complete(orderId, OrderStatus.Transition.COMPLETE, LocalDateTime.now(clock)) != 1) {
                throw refusal(orders, orderId);
            }
            new DishSalesDao(handle).addCompleted(List.of(orderId));
        });
    }

    public void reject(long orderId, String reason) {
        String text = requireReason("rejectionReason", reason);
        jdbi.useTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            LocalDateTime now = LocalDateTime.now(clock);
            if (orders.reject(orderId, OrderStatus.Transition.REJECT, text, now) != 1) {
                throw refusal(orders, orderId);
            }
            refundIfPaid(handle, orders, orderId, text, now);
        });
    }

    public void cancel(long orderId, String reason) {
        String text = requireReason("cancelReason", reason);
        jdbi.useTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            LocalDateTime now = LocalDateTime.now(clock);
            if (orders.cancel(orderId, OrderStatus.Transition.CANCEL_BY_SHOP, text, now) != 1) {
                throw refusal(orders, orderId);
            }
            refundIfPaid(handle, orders, orderId, text, now);
        });
    }

    private void move(long orderId, OrderStatus.Transition transition) {
        jdbi.useTransaction(handle -> {
            OrderDao orders = new OrderDao(handle);
            if (orders.move(orderId, transition) != 1) {
                throw refusal(orders, orderId);
            }
        });
    }

    /** The cancelling UPDATE turned a paid order's pay status to refunded; now the money goes back. */
    private void refundIfPaid(Handle handle, OrderDao orders, long orderId, String reason, LocalDateTime now) {
        Order order = orders.find(orderId).orElseThrow();
        if (order.payStatusIs(PayStatus.REFUNDED)) {
            Refunds.refundPayment(handle, order, reason, now);
        }
    }

    private static AppException refusal(OrderDao orders, long orderId) {
        return orders.find(orderId).isPresent() ? new OrderStatusException() : new OrderNotFoundException();
    }

    private static String requireReason(String field, String reason) {
        if (reason == null || reason.isBlank()) {
            throw AppException.invalid(field, "不能为空");
        }
        if (reason.length() > 255) {
            throw AppException.invalid(field, "不能超过255个字符");
        }
        return reason.trim();
    }
}
