package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.skyorders.order.OrderStatus.Transition;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every transition from every status, against the table as sky-take-out's admin documents the order workflow. */
class OrderStatusTest {

    /**
     * One row per transition: its target, then for statuses 1..6 (待付款 待接单 已接单 派送中 已完成 已取消) whether it may
     * start there (x) or not (.).
     */
    @ParameterizedTest(name = "{0} → {1} from {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PAY                | TO_BE_CONFIRMED      | x . . . . .
            EXPIRE             | CANCELLED            | x . . . . .
            CONFIRM            | CONFIRMED            | . x . . . .
            REJECT             | CANCELLED            | . x . . . .
            CANCEL_BY_CUSTOMER | CANCELLED            | x x . . . .
            CANCEL_BY_SHOP     | CANCELLED            | x x x x . .
            DISPATCH           | DELIVERY_IN_PROGRESS | . . x . . .
            COMPLETE           | COMPLETED            | . . . x . .
            """)
    void eachTransitionStartsOnlyWhereTheWorkflowAllows(Transition transition, OrderStatus to, String from) {
        assertEquals(to, transition.to());
        String[] marks = from.trim().split(" ");
        for (OrderStatus status : OrderStatus.values()) {
            assertEquals(
                    marks[status.code() - 1].equals("x"),
                    transition.allowedFrom(status),
                    transition + " from " + status);
        }
        assertEquals(
                Arrays.stream(OrderStatus.values())
                        .filter(transition::allowedFrom)
                        .map(OrderStatus::code)
                        .toList(),
                transition.fromCodes(),
                "what the DAO binds is what the table allows");
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void finishedOrdersNeverMove(OrderStatus status) {
        boolean finished = status == OrderStatus.COMPLETED || status == OrderStatus.CANCELLED;
        boolean movable = Arrays.stream(Transition.values()).anyMatch(t -> t.allowedFrom(status));
        assertEquals(!finished, movable);
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void codesRoundTrip(OrderStatus status) {
        assertEquals(status, OrderStatus.of(status.code()));
    }

    @org.junit.jupiter.api.Test
    void anUnknownCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OrderStatus.of(7));
    }

    /** The API checks a status filter as the range minCode–maxCode: every code in it must be a status. */
    @org.junit.jupiter.api.Test
    void theCodesRunFromOneToSixWithoutAGap() {
        assertEquals(1, OrderStatus.minCode());
        assertEquals(6, OrderStatus.maxCode());
        assertEquals(OrderStatus.maxCode() - OrderStatus.minCode() + 1, OrderStatus.values().length);
    }
}
