package com.skyorders.outbox;

/**
 * Which history the outbox is in, and how far it has gone. {@code epoch} is when its table was created: a database
 * reset, a restore or a recreated table starts a new history whose ids begin again, so an alert id only means
 * something together with its epoch. {@code newest} is the highest committed id.
 */
public record AlertHistory(String epoch, long newest) {}
