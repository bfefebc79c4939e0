package com.skyorders.outbox;

import java.time.LocalDateTime;

/** A row of the admin's message page: its type (1 待接单, 2 急·待接单, 4 催单), and details as strict JSON text. */
public record Message(long id, int type, String content, String details, LocalDateTime createTime, int status) {

    static Message of(Alert alert) {
        return new Message(
                alert.id(),
                alert.type(),
                alert.content(),
                alert.details(),
                alert.createdAt(),
                alert.readAt() == null ? 1 : 2);
    }
}
