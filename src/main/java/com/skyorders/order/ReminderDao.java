package com.skyorders.order;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** An order's reminders, on one handle (a plain class on the reminder's hot path: see {@link OrderDao}). */
final class ReminderDao {

    private static final RowMapper<Reminder> REMINDER = ConstructorMapper.of(Reminder.class);
    private static final RowMapper<ReminderHistory> HISTORY =
            (rs, ctx) -> new ReminderHistory(rs.getInt("count"), rs.getObject("last_reminded_at", LocalDateTime.class));

    private final Handle handle;

    ReminderDao(Handle handle) {
        this.handle = handle;
    }

    /** Read after the order's row lock: no reminder of that order can commit in between. */
    ReminderHistory historyOf(long orderId) {
        return handle.createQuery("SELECT COUNT(*) AS count, MAX(reminded_at) AS last_reminded_at "
                        + "FROM order_reminder WHERE order_id = :orderId")
                .bind("orderId", orderId)
                .map(HISTORY)
                .one();
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
