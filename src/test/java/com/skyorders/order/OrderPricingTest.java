package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.skyorders.cart.CartItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an order costs: dishes, a pack fee per item and the delivery fee, the way the stock mini-program adds them. */
class OrderPricingTest {

    private final OrderPricing pricing = new OrderPricing(new BigDecimal("1.00"), new BigDecimal("6.00"));

    private static CartItem line(String price, int number) {
        return new CartItem(0, "dish", "", 1, 66L, null, null, number, new BigDecimal(price), null);
    }

    @ParameterizedTest(name = "{0} × {1} + {2} × {3} → {4} (packing {5})")
    @CsvSource({
        "32.00, 2, 2.00, 1, 75.00, 3.00", // two portions of a ¥32 dish and a ¥2 side: three items packed
        "32.00, 1, 0.00, 0, 39.00, 1.00", // ¥32 of dishes costs ¥39: one pack, one delivery
        "0.10, 3, 0.20, 3, 12.90, 6.00", // cents add up exactly
        "32.00, 99, 2.00, 99, 3570.00, 198.00"
    })
    void theTotalIsDishesPlusPackingPlusDelivery(
            String price, int number, String otherPrice, int otherNumber, String total, String packing) {
        List<CartItem> cart = otherNumber == 0
                ? List.of(line(price, number))
                : List.of(line(price, number), line(otherPrice, otherNumber));
        assertEquals(new BigDecimal(total), pricing.total(cart));
        assertEquals(new BigDecimal(packing), pricing.packing(cart));
        assertEquals(number + otherNumber, OrderPricing.itemCount(cart));
    }

    @Test
    void anItemCountThatWouldWrapIsRefusedNotWrapped() {
        assertThrows(
                ArithmeticException.class,
                () -> OrderPricing.itemCount(List.of(line("1.00", Integer.MAX_VALUE), line("1.00", 1))));
    }
}
