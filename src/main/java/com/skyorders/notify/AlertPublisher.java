package com.skyorders.notify;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Raises an alert as an outbox row in the caller's transaction: it exists exactly when the order change that caused
 * it commits, and never before. After commit, this node's relay is woken so local consoles hear it at once; other
 * nodes find it on their next poll.
 */
public final class AlertPublisher {

    private final Clock clock;
    private final Gson gson;
    private final Runnable afterCommit;

    public AlertPublisher(Clock clock, Gson gson, Runnable afterCommit) {
        this.clock = clock;
        this.gson = gson;
        this.afterCommit = afterCommit;
    }

    /** Call last in the transaction: the sequence lock is held from here to commit. */
    public long publish(Handle handle, AlertType type, long orderId, String orderNumber, Map<String, ?> details) {
        AlertDao alerts = handle.attach(AlertDao.class);
        alerts.advanceSequence();
        long id = alerts.currentSequence();
        alerts.insert(id, type.code(), orderId, orderNumber, "订单号：" + orderNumber, gson.toJson(details),
                LocalDateTime.now(clock));
        handle.afterCommit(afterCommit);
        return id;
    }
}
