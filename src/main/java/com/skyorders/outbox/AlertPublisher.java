package com.skyorders.outbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Handle;

/**
 * Raises an alert as an outbox row in the caller's transaction: it exists exactly when the order change that caused
 * it commits, and never before. After commit this node's relay is nudged to read the outbox now; the alert itself is
 * never handed over in memory, so a callback left over from a failed attempt cannot deliver an alert that does not
 * exist (a nudge too many costs one read).
 *
 * <p>Why a reader of the outbox never meets a gap (ids are in commit order):
 * <ol>
 * <li>An alert takes its id from the one row of {@code alert_sequence}, as the last statements of its transaction;
 *     the row lock is held until the transaction ends, so whoever takes the next id waits until then.</li>
 * <li>So the transaction that takes n+1 reads n only after the one that took n has committed; one that rolled back
 *     undid its increment, and its id is taken again later. Every id at or below a committed one is committed.</li>
 * <li>InnoDB makes a commit visible to new reads before it releases that transaction's locks: a read that sees alert
 *     n sees every alert below it, and none below n can appear afterwards.</li>
 * <li>So reading {@code id > last seen} in id order, again and again, gives every alert once, in one order that is
 *     the same for every reader and node; {@code auto_increment_increment} plays no part.</li>
 * </ol>
 * The price: publishers queue on one row for their last statement and their commit. {@code publish} must therefore
 * be the transaction's last statement (it is, in every caller). One writable primary: two primaries each with its own
 * copy of the row would hand out the same id.
 */
public final class AlertPublisher {

    private final Clock clock;
    private final Gson gson;
    private final Runnable committed;

    /** {@code committed} runs after each commit that raised an alert (the relay's nudge). */
    public AlertPublisher(Clock clock, Gson gson, Runnable committed) {
        this.clock = clock;
        this.gson = gson;
        this.committed = committed;
    }

    public void publish(Handle handle, AlertType type, long orderId, String orderNumber, AlertDetails details) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        new AlertDao(handle).insert(type.code(), orderId, orderNumber, "订单号：" + orderNumber, gson.toJson(details), now);
        handle.afterCommit(committed::run);
    }
}
