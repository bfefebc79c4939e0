package com.skyorders.order;

import com.skyorders.cart.CartItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What an order costs, computed the way the stock mini-program does: the cart's lines, a pack fee per item and a
 * flat delivery fee. The server's figure is the one charged; a client that computed otherwise is told so.
 */
public record OrderPricing(BigDecimal packFeePerItem, BigDecimal deliveryFee) {

    /** Bounded by the cart's limits; summed exactly all the same, so no cart can wrap it. */
    public static int itemCount(List<CartItem> cart) {
        return Math.toIntExact(cart.stream().mapToLong(CartItem::number).reduce(0, Math::addExact));
    }

    public BigDecimal total(List<CartItem> cart) {
        BigDecimal dishes = cart.stream().map(CartItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return dishes.add(packing(cart)).add(deliveryFee).setScale(2, RoundingMode.HALF_UP);
    }

    /** 打包费: the pack fee per item times the items. */
    public BigDecimal packing(List<CartItem> cart) {
        return packFeePerItem.multiply(BigDecimal.valueOf(itemCount(cart))).setScale(2, RoundingMode.HALF_UP);
    }
}
