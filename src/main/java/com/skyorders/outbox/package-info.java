/**
 * The alert outbox (来单提醒, 客户催单): an alert is a row written in the transaction of the order change that
 * raised it, its id taken in commit order (AlertPublisher), read back in id order by every node's relay
 * (AlertSource), and listed on the admin's message page (MessageService). No web or socket types here: order and
 * sweep code import this package, and the socket edge reads from it.
 */
package com.skyorders.outbox;
