package com.skyorders.order;

import java.time.LocalDateTime;

/** How often an order was reminded, and when last: what the reminder rate limit and the alert need. */
public record ReminderHistory(int count, LocalDateTime lastRemindedAt) {}
