package com.skyorders.outbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Raises an alert as an outbox row in the caller's transaction: it exists exactly when the order change that caused
 * it commits, and never before. After commit the alert is handed to this node's listener (the socket relay), so
 * local consoles hear it without reading it back; other nodes find it in the table.
 */
public final class AlertPublisher {

    private final Clock clock;
    private final Gson gson;
    private final Consumer<Alert> committed;

    public AlertPublisher(Clock clock, Gson gson, Consumer<Alert> committed) {
        this.clock = clock;
        this.gson = gson;
        this.committed = committed;
    }

    public void publish(Handle handle, AlertType type, long orderId, String orderNumber, Map<String, ?> details) {
        // Whole seconds, as the datetime column stores them: the alert handed over locally equals the row.
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String content = "订单号：" + orderNumber;
        String json = gson.toJson(details);
        long id = new AlertDao(handle).insert(type.code(), orderId, orderNumber, content, json, now);
        Alert alert = new Alert(id, type.code(), orderId, orderNumber, content, json, now, null);
        handle.afterCommit(() -> committed.accept(alert));
    }
}
