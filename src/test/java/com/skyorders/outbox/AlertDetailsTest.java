package com.skyorders.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.skyorders.config.JsonFactory;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The details JSON each alert type stores, key for key and in order: the admin's message page shows this text, so a
 * renamed or reordered record component is a visible change.
 */
class AlertDetailsTest {

    private static final Gson GSON = JsonFactory.create();
    private static final LocalDateTime CHECKOUT = LocalDateTime.of(2026, 12, 2, 12, 5, 30);

    @Test
    void aNewOrder() {
        assertEquals(
                "{\"orderId\":7,\"orderNumber\":\"N7\",\"amount\":12.50,\"consignee\":\"王\",\"phone\":\"13800000000\","
                        + "\"address\":\"a&b <c>\",\"remark\":null,\"checkoutTime\":\"2026-12-02 12:05\"}",
                GSON.toJson(new NewOrderDetails(
                        7, "N7", new BigDecimal("12.50"), "王", "13800000000", "a&b <c>", null, CHECKOUT)));
    }

    @Test
    void anUrgentNewOrder() {
        assertEquals(
                "{\"orderId\":7,\"orderNumber\":\"N7\",\"amount\":12.50,\"consignee\":\"王\",\"phone\":null,"
                        + "\"checkoutTime\":\"2026-12-02 12:05\",\"waitingMinutes\":15}",
                GSON.toJson(new UrgentNewOrderDetails(7, "N7", new BigDecimal("12.50"), "王", null, CHECKOUT, 15)));
    }

    @Test
    void aReminder() {
        assertEquals(
                "{\"orderId\":7,\"orderNumber\":\"N7\",\"status\":3,\"reminderCount\":2,\"consignee\":\"王\","
                        + "\"phone\":\"13800000000\"}",
                GSON.toJson(new ReminderDetails(7, "N7", 3, 2, "王", "13800000000")));
    }
}
