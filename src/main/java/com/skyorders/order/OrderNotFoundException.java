package com.skyorders.order;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;

/** No such order, or not the caller's: the two are told apart only in the log, never to the client. */
public final class OrderNotFoundException extends AppException {

    public OrderNotFoundException() {
        super(Problem.NOT_FOUND, "订单不存在");
    }
}
