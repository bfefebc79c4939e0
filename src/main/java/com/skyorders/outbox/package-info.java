/**
 * The alert outbox (来单提醒, 客户催单): an alert is a row written in the transaction of the order change that
 * raised it (AlertPublisher), read back in id order across commit gaps by AlertTail, and listed on the admin's
 * message page (MessageService). No web or socket types here: order and sweep code import this package, and the
 * socket edge reads from it.
 */
package com.skyorders.outbox;
