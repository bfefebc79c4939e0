package com.skyorders.sweep;

import com.skyorders.order.BindTransition;
import com.skyorders.order.OrderStatus;
import com.skyorders.order.OrderStatus.Transition;
import com.skyorders.outbox.AlertType;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The sweeps' statements, on one handle. Each changes a chunk of rows in one conditional UPDATE and never writes
 * back anything it read, so a payment that commits first always wins.
 */
public final class SweepDao {

    private static final RowMapper<UnacceptedOrder> UNACCEPTED = ConstructorMapper.of(UnacceptedOrder.class);

    private final Handle handle;

    public SweepDao(Handle handle) {
        this.handle = handle;
    }

    public int cancelUnpaid(Transition expire, LocalDateTime cutoff, String reason, LocalDateTime now, int chunk) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to, cancel_reason = :reason, "
                                + "cancel_time = :now WHERE status IN (<from>) AND order_time < :cutoff LIMIT :chunk"),
                        expire)
                .bind("cutoff", cutoff)
                .bind("reason", reason)
                .bind("now", now)
                .bind("chunk", chunk)
                .execute();
    }

    /** The next chunk of orders this transition may move whose order time is before the cutoff, locked. */
    public List<Long> lockDue(Transition transition, LocalDateTime cutoff, int chunk) {
        return BindTransition.bind(
                        handle.createQuery("SELECT id FROM orders WHERE status IN (<from>) AND order_time < :cutoff "
                                + "ORDER BY id LIMIT :chunk FOR UPDATE"),
                        transition)
                .bind("cutoff", cutoff)
                .bind("chunk", chunk)
                .mapTo(Long.class)
                .list();
    }

    public int completeDelivering(Transition complete, List<Long> ids, LocalDateTime now) {
        return BindTransition.bind(
                        handle.createUpdate("UPDATE orders SET status = :to, delivery_time = :now "
                                + "WHERE id IN (<ids>) AND status IN (<from>)"),
                        complete)
                .bindList("ids", ids)
                .bind("now", now)
                .execute();
    }

    /** Paid orders nobody accepted, due for another urgent alert (fewer than max so far, none recently). */
    public List<UnacceptedOrder> dueForRealert(
            LocalDateTime dueBefore, LocalDateTime repeatAfter, int maxRealerts, int chunk) {
        return handle.createQuery("SELECT o.id, o.number, o.amount, o.consignee, o.phone, o.checkout_time "
                        + "FROM orders o WHERE o.status = :awaiting AND o.checkout_time <= :dueBefore "
                        + "AND (SELECT COUNT(*) FROM alert a WHERE a.order_id = o.id AND a.type = :urgent) "
                        + "< :maxRealerts AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.order_id = o.id "
                        + "AND a.type = :urgent AND a.created_at > :repeatAfter) ORDER BY o.id LIMIT :chunk")
                .bind("awaiting", OrderStatus.TO_BE_CONFIRMED.code())
                .bind("urgent", AlertType.URGENT_NEW_ORDER.code())
                .bind("dueBefore", dueBefore)
                .bind("repeatAfter", repeatAfter)
                .bind("maxRealerts", maxRealerts)
                .bind("chunk", chunk)
                .map(UNACCEPTED)
                .list();
    }

    /** How many urgent re-alerts (急·待接单) this order has had. */
    public int realertsOf(long orderId) {
        return handle.createQuery("SELECT COUNT(*) FROM alert WHERE order_id = :orderId AND type = :urgent")
                .bind("orderId", orderId)
                .bind("urgent", AlertType.URGENT_NEW_ORDER.code())
                .mapTo(Integer.class)
                .one();
    }

    public int lockStatus(long id) {
        return handle.createQuery("SELECT status FROM orders WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .mapTo(Integer.class)
                .one();
    }

    public long startRun(
            String cluster, String job, String instance, LocalDateTime scheduledAt, LocalDateTime startedAt) {
        return handle.createUpdate("INSERT INTO sweep_run (cluster, job, instance, scheduled_at, started_at, status) "
                        + "VALUES (:cluster, :job, :instance, :scheduledAt, :startedAt, 'RUNNING')")
                .bind("cluster", cluster)
                .bind("job", job)
                .bind("instance", instance)
                .bindByType("scheduledAt", scheduledAt, LocalDateTime.class)
                .bind("startedAt", startedAt)
                .executeAndReturnGeneratedKeys()
                .mapTo(Long.class)
                .one();
    }

    public void finishRun(long id, String status, int rows, long millis, String error, LocalDateTime finishedAt) {
        handle.createUpdate("UPDATE sweep_run SET status = :status, rows_changed = :rows, millis = :millis, "
                        + "error = :error, finished_at = :finishedAt WHERE id = :id")
                .bind("id", id)
                .bind("status", status)
                .bind("rows", rows)
                .bind("millis", millis)
                .bind("error", error)
                .bind("finishedAt", finishedAt)
                .execute();
    }

    public int deleteRunsBefore(LocalDateTime before, int limit) {
        return handle.createUpdate("DELETE FROM sweep_run WHERE started_at < :before LIMIT :limit")
                .bind("before", before)
                .bind("limit", limit)
                .execute();
    }

    /**
     * Runs of this job still RUNNING on a node that is no longer a live member of the cluster (Quartz removes a
     * dead node's row from QRTZ_SCHEDULER_STATE when it recovers its work) died with it. Quartz's tables take the
     * database's default collation, ours are utf8mb4_unicode_ci: the names are compared in ours.
     */
    public int markDied(String cluster, String job, long before) {
        return handle.createUpdate("UPDATE sweep_run SET status = 'DIED', "
                        + "error = 'the node stopped before the run finished' "
                        + "WHERE cluster = :cluster AND job = :job AND status = 'RUNNING' AND id < :before "
                        + "AND instance NOT IN (SELECT CONVERT(INSTANCE_NAME USING utf8mb4) COLLATE utf8mb4_unicode_ci "
                        + "FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = :cluster)")
                .bind("cluster", cluster)
                .bind("job", job)
                .bind("before", before)
                .execute();
    }
}
