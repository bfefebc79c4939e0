package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.skyorders.error.AppException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a submitted order must satisfy before any database work, field by field. */
class SubmitOrderTest {

    private static final Gson GSON = new Gson();

    private static SubmitOrder valid() {
        return new SubmitOrder(1L, 1, "少辣", "2026-12-02 12:30:00", 0, 1, 1, 2, new BigDecimal("75.00"));
    }

    @org.junit.jupiter.api.Test
    void theTutorialsOrderIsValid() {
        assertDoesNotThrow(() -> valid().validate());
        assertDoesNotThrow(
                () -> new SubmitOrder(1L, 2, null, null, 1, null, null, null, new BigDecimal("0.01")).validate());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            addressBookId         | -                    | addressBookId
            payMethod             | 3                    | payMethod
            payMethod             | -                    | payMethod
            deliveryStatus        | 2                    | deliveryStatus
            estimatedDeliveryTime | -                    | estimatedDeliveryTime
            estimatedDeliveryTime | 2026-12-02T12:30:00  | estimatedDeliveryTime
            estimatedDeliveryTime | 99999-12-02 12:30:00 | estimatedDeliveryTime
            tablewareNumber       | 100                  | tablewareNumber
            tablewareNumber       | -1                   | tablewareNumber
            tablewareStatus       | 2                    | tablewareStatus
            packAmount            | 10001                | packAmount
            amount                | 0                    | amount
            amount                | -1                   | amount
            amount                | 1.001                | amount
            amount                | -                    | amount
            """)
    void aBadFieldIsNamedInTheError(String field, String value, String named) {
        JsonObject json = GSON.toJsonTree(valid()).getAsJsonObject();
        json.add(
                field,
                value == null
                        ? JsonNull.INSTANCE
                        : field.equals("estimatedDeliveryTime")
                                ? new JsonPrimitive(value)
                                : new JsonPrimitive(new BigDecimal(value)));
        SubmitOrder bad = GSON.fromJson(json, SubmitOrder.class);
        AppException e = assertThrows(AppException.class, bad::validate);
        assertEquals(true, e.getMessage().startsWith(named), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void aRemarkOfAHundredCharactersIsTheLimit() {
        SubmitOrder o = valid();
        assertDoesNotThrow(
                () -> new SubmitOrder(1L, 1, "辣".repeat(100), null, 1, null, null, null, o.amount()).validate());
        assertThrows(
                AppException.class,
                () -> new SubmitOrder(1L, 1, "辣".repeat(101), null, 1, null, null, null, o.amount()).validate());
    }
}
