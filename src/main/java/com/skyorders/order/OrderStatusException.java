package com.skyorders.order;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;

/** The order is not in a status the requested move can start from (or another request moved it first). */
public final class OrderStatusException extends AppException {

    public static final String MESSAGE = "订单状态错误";

    public OrderStatusException() {
        super(Problem.CONFLICT, MESSAGE);
    }

    public OrderStatusException(String message) {
        super(Problem.CONFLICT, message);
    }
}
