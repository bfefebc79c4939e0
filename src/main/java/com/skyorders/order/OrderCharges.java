package com.skyorders.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the customer was charged, line by line: the dishes, the pack fee (for how many items), the delivery fee and
 * the total. For an order from before fees were recorded, everything beyond the dishes shows as delivery.
 */
public record OrderCharges(
        BigDecimal items, int packCount, BigDecimal packFee, BigDecimal deliveryFee, BigDecimal total) {

    public static OrderCharges of(Order order, List<OrderDetail> details, ChargedFees fees) {
        BigDecimal items = details.stream()
                .map(d -> d.amount().multiply(BigDecimal.valueOf(d.number())))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal pack = fees.packFee() == null ? BigDecimal.ZERO.setScale(2) : fees.packFee();
        BigDecimal delivery =
                fees.deliveryFee() == null ? order.amount().subtract(items).subtract(pack) : fees.deliveryFee();
        return new OrderCharges(
                items, order.packAmount() == null ? 0 : order.packAmount(), pack, delivery, order.amount());
    }
}
