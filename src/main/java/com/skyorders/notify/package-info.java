/**
 * Merchant alerts (来单提醒, 客户催单): the outbox (AlertPublisher writes in the caller's transaction), the relay
 * every node runs to tail it, the hub of open consoles with per-session send queues, the thin WebSocket endpoint,
 * and the admin's message page.
 */
package com.skyorders.notify;
