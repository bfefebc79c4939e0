package com.skyorders.order;

import java.math.BigDecimal;

/** One line of an order, copied from the cart when the order was submitted. */
public record OrderDetail(
        long id,
        String name,
        long orderId,
        Long dishId,
        Long setmealId,
        String dishFlavor,
        int number,
        BigDecimal amount,
        String image) {}
