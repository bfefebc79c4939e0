package com.skyorders.order;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * An order's reminders, on one handle (a plain class on the reminder's hot path: see docs/ARCHITECTURE.md, "Data
 * access").
 */
final class ReminderDao {

    private static final RowMapper<Reminder> REMINDER = ConstructorMapper.of(Reminder.class);
    private static final RowMapper<Order> ORDER = new OrderRowMapper();
    private static final RowMapper<LockedOrder> LOCKED_ORDER = (rs, ctx) -> new LockedOrder(
            ORDER.map(rs, ctx),
            new ReminderHistory(rs.getInt("reminder_count"), rs.getObject("last_reminded_at", LocalDateTime.class)));

    private final Handle handle;

    ReminderDao(Handle handle) {
        this.handle = handle;
    }

    /** An order under its row lock, with how often and when last it was reminded. */
    record LockedOrder(Order order, ReminderHistory history) {}

    /**
     * Locks the order and reads its reminder history in one statement. The history comes from subqueries that run
     * for the locked row, so after the lock is granted; as the transaction's first plain read they take its snapshot
     * then, and see every reminder committed while this one waited for the lock (OrderRaceIT checks exactly that).
     * Must therefore be the transaction's first read.
     */
    Optional<LockedOrder> lockWithHistory(long orderId) {
        return handle.createQuery("SELECT " + OrderDao.COLUMN_LIST + ", "
                        + "(SELECT COUNT(*) FROM order_reminder r WHERE r.order_id = orders.id) AS reminder_count, "
                        + "(SELECT MAX(r.reminded_at) FROM order_reminder r WHERE r.order_id = orders.id) "
                        + "AS last_reminded_at FROM orders WHERE id = :id FOR UPDATE")
                .bind("id", orderId)
                .map(LOCKED_ORDER)
                .findOne();
    }

    void insert(long orderId, long userId, LocalDateTime now) {
        handle.createUpdate("INSERT INTO order_reminder (order_id, user_id, reminded_at) "
                        + "VALUES (:orderId, :userId, :now)")
                .bind("orderId", orderId)
                .bind("userId", userId)
                .bind("now", now)
                .execute();
    }

    List<Reminder> of(long orderId) {
        return handle.createQuery("SELECT id, order_id, reminded_at, reply, replied_at FROM order_reminder "
                        + "WHERE order_id = :orderId ORDER BY reminded_at, id")
                .bind("orderId", orderId)
                .map(REMINDER)
                .list();
    }

    int replyToLatest(long orderId, String reply, LocalDateTime now, long employeeId) {
        return handle.createUpdate("UPDATE order_reminder SET reply = :reply, replied_at = :now, "
                        + "replied_by = :employeeId WHERE id = (SELECT id FROM (SELECT MAX(id) AS id "
                        + "FROM order_reminder WHERE order_id = :orderId) last)")
                .bind("orderId", orderId)
                .bind("reply", reply)
                .bind("now", now)
                .bind("employeeId", employeeId)
                .execute();
    }
}
