package com.skyorders.outbox;

/**
 * An alert's details: one record per {@link AlertType}, stored as the alert's JSON text and shown by the admin's
 * message page. Gson writes a record's components by name, in declaration order, so a record's components are the
 * JSON's keys: rename or reorder one and the message page's text changes.
 */
public sealed interface AlertDetails permits NewOrderDetails, UrgentNewOrderDetails, ReminderDetails {}
