package com.skyorders.outbox;

import java.time.LocalDateTime;

/** One outbox row: an alert raised for the shop, in the order it was committed. */
public record Alert(
        long id,
        int type,
        long orderId,
        String orderNumber,
        String content,
        String details,
        LocalDateTime createdAt,
        LocalDateTime readAt) {

    public AlertType alertType() {
        return AlertType.of(type);
    }
}
