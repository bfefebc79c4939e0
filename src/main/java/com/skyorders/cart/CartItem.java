package com.skyorders.cart;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A line in a customer's cart; {@code amount} is the unit price, {@code number} the quantity. */
public record CartItem(
        long id,
        String name,
        String image,
        long userId,
        Long dishId,
        Long setmealId,
        String dishFlavor,
        int number,
        BigDecimal amount,
        LocalDateTime createTime) {

    public BigDecimal lineTotal() {
        return amount.multiply(BigDecimal.valueOf(number));
    }
}
