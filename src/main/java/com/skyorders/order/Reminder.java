package com.skyorders.order;

import java.time.LocalDateTime;

/** One 客户催单 and the shop's reply to it, if any. */
public record Reminder(long id, long orderId, LocalDateTime remindedAt, String reply, LocalDateTime repliedAt) {}
