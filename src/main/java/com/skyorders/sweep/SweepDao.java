package com.skyorders.sweep;

import com.skyorders.order.BindTransition;
import com.skyorders.order.OrderStatus;
import com.skyorders.order.OrderStatus.Transition;
import com.skyorders.outbox.AlertType;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The sweeps' statements. Each changes a chunk of rows in one conditional UPDATE and never writes back anything it
 * read, so a payment that commits first always wins.
 */
@RegisterConstructorMapper(UnacceptedOrder.class)
public interface SweepDao {

    @SqlUpdate("UPDATE orders SET status = :to, cancel_reason = :reason, cancel_time = :now "
            + "WHERE status IN (<from>) AND order_time < :cutoff LIMIT :chunk")
    int cancelUnpaid(
            @BindTransition Transition expire,
            @Bind("cutoff") LocalDateTime cutoff,
            @Bind("reason") String reason,
            @Bind("now") LocalDateTime now,
            @Bind("chunk") int chunk);

    /** The next chunk of orders this transition may move whose order time is before the cutoff, locked. */
    @SqlQuery("SELECT id FROM orders WHERE status IN (<from>) AND order_time < :cutoff ORDER BY id LIMIT :chunk "
            + "FOR UPDATE")
    List<Long> lockDue(
            @BindTransition Transition transition, @Bind("cutoff") LocalDateTime cutoff, @Bind("chunk") int chunk);

    @SqlUpdate("UPDATE orders SET status = :to, delivery_time = :now WHERE id IN (<ids>) AND status IN (<from>)")
    int completeDelivering(
            @BindTransition Transition complete, @BindList("ids") List<Long> ids, @Bind("now") LocalDateTime now);

    /** Paid orders nobody accepted, due for another urgent alert (fewer than max so far, none recently). */
    default List<UnacceptedOrder> dueForRealert(
            LocalDateTime dueBefore, LocalDateTime repeatAfter, int maxRealerts, int chunk) {
        return dueForRealert(
                OrderStatus.TO_BE_CONFIRMED.code(),
                AlertType.URGENT_NEW_ORDER.code(),
                dueBefore,
                repeatAfter,
                maxRealerts,
                chunk);
    }

    @SqlQuery("SELECT o.id, o.number, o.amount, o.consignee, o.phone, o.checkout_time FROM orders o "
            + "WHERE o.status = :awaiting AND o.checkout_time <= :dueBefore "
            + "AND (SELECT COUNT(*) FROM alert a WHERE a.order_id = o.id AND a.type = :urgent) < :maxRealerts "
            + "AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.order_id = o.id AND a.type = :urgent "
            + "AND a.created_at > :repeatAfter) ORDER BY o.id LIMIT :chunk")
    List<UnacceptedOrder> dueForRealert(
            @Bind("awaiting") int awaiting,
            @Bind("urgent") int urgent,
            @Bind("dueBefore") LocalDateTime dueBefore,
            @Bind("repeatAfter") LocalDateTime repeatAfter,
            @Bind("maxRealerts") int maxRealerts,
            @Bind("chunk") int chunk);

    /** How many urgent re-alerts (急·待接单) this order has had. */
    default int realertsOf(long orderId) {
        return realertsOf(orderId, AlertType.URGENT_NEW_ORDER.code());
    }

    @SqlQuery("SELECT COUNT(*) FROM alert WHERE order_id = :orderId AND type = :urgent")
    int realertsOf(@Bind("orderId") long orderId, @Bind("urgent") int urgent);

    @SqlQuery("SELECT status FROM orders WHERE id = :id FOR UPDATE")
    int lockStatus(@Bind("id") long id);

    @SqlUpdate("INSERT INTO sweep_run (cluster, job, instance, scheduled_at, started_at, status) "
            + "VALUES (:cluster, :job, :instance, :scheduledAt, :startedAt, 'RUNNING')")
    @GetGeneratedKeys
    long startRun(
            @Bind("cluster") String cluster,
            @Bind("job") String job,
            @Bind("instance") String instance,
            @Bind("scheduledAt") LocalDateTime scheduledAt,
            @Bind("startedAt") LocalDateTime startedAt);

    @SqlUpdate("UPDATE sweep_run SET status = :status, rows_changed = :rows, millis = :millis, error = :error, "
            + "finished_at = :finishedAt WHERE id = :id")
    void finishRun(
            @Bind("id") long id,
            @Bind("status") String status,
            @Bind("rows") int rows,
            @Bind("millis") long millis,
            @Bind("error") String error,
            @Bind("finishedAt") LocalDateTime finishedAt);

    @SqlUpdate("DELETE FROM sweep_run WHERE started_at < :before LIMIT :limit")
    int deleteRunsBefore(@Bind("before") LocalDateTime before, @Bind("limit") int limit);

    /**
     * Runs of this job still RUNNING on a node that is no longer a live member of the cluster (Quartz removes a
     * dead node's row from QRTZ_SCHEDULER_STATE when it recovers its work) died with it. Quartz's tables take the
     * database's default collation, ours are utf8mb4_unicode_ci: the names are compared in ours.
     */
    @SqlUpdate("UPDATE sweep_run SET status = 'DIED', error = 'the node stopped before the run finished' "
            + "WHERE cluster = :cluster AND job = :job AND status = 'RUNNING' AND id < :before AND instance NOT IN "
            + "(SELECT CONVERT(INSTANCE_NAME USING utf8mb4) COLLATE utf8mb4_unicode_ci FROM QRTZ_SCHEDULER_STATE "
            + "WHERE SCHED_NAME = :cluster)")
    int markDied(@Bind("cluster") String cluster, @Bind("job") String job, @Bind("before") long before);
}
