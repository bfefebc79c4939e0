package com.skyorders.order;

import java.util.Arrays;
import java.util.List;

/**
 * An order's status, with sky-take-out's codes, and {@link Transition}: the one place the legal moves are written.
 * The DAOs bind each move's target and start statuses into one conditional UPDATE (an illegal move or a lost race
 * is a zero row count, never a silent overwrite), and the console's action buttons come from the same table.
 */
public enum OrderStatus {
    PENDING_PAYMENT(1), // 待付款
    TO_BE_CONFIRMED(2), // 待接单
    CONFIRMED(3), // 已接单
    DELIVERY_IN_PROGRESS(4), // 派送中
    COMPLETED(5), // 已完成
    CANCELLED(6); // 已取消

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderStatus of(int code) {
        return Arrays.stream(values())
                .filter(s -> s.code == code)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown order status " + code));
    }

    /** The lowest status code; the codes run from here to {@link #maxCode()} without a gap. */
    public static int minCode() {
        return Arrays.stream(values()).mapToInt(OrderStatus::code).min().orElseThrow();
    }

    /** The highest status code. */
    public static int maxCode() {
        return Arrays.stream(values()).mapToInt(OrderStatus::code).max().orElseThrow();
    }

    /** The legal moves, each from a set of statuses to one. */
    public enum Transition {
        PAY(TO_BE_CONFIRMED, PENDING_PAYMENT),
        /** The timeout sweep: 订单超时，自动取消. */
        EXPIRE(CANCELLED, PENDING_PAYMENT),
        CONFIRM(CONFIRMED, TO_BE_CONFIRMED),
        REJECT(CANCELLED, TO_BE_CONFIRMED),
        CANCEL_BY_CUSTOMER(CANCELLED, PENDING_PAYMENT, TO_BE_CONFIRMED),
        CANCEL_BY_SHOP(CANCELLED, PENDING_PAYMENT, TO_BE_CONFIRMED, CONFIRMED, DELIVERY_IN_PROGRESS),
        DISPATCH(DELIVERY_IN_PROGRESS, CONFIRMED),
        COMPLETE(COMPLETED, DELIVERY_IN_PROGRESS);

        private final OrderStatus to;
        private final List<OrderStatus> from;

        Transition(OrderStatus to, OrderStatus... from) {
            this.to = to;
            this.from = List.of(from);
        }

        public OrderStatus to() {
            return to;
        }

        public int toCode() {
            return to.code;
        }

        public boolean allowedFrom(OrderStatus status) {
            return from.contains(status);
        }

        public List<Integer> fromCodes() {
            return from.stream().map(OrderStatus::code).toList();
        }
    }
}
