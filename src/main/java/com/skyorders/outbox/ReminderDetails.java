package com.skyorders.outbox;

/** {@link AlertType#REMINDER}'s details (客户催单): the order's status code and how often it has been reminded. */
public record ReminderDetails(
        long orderId, String orderNumber, int status, int reminderCount, String consignee, String phone)
        implements AlertDetails {}
