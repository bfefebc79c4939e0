package com.skyorders.order;

import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Reminder.class)
public interface ReminderDao {

    /** Read after the order's row lock: no reminder of that order can commit in between. */
    @SqlQuery("SELECT COUNT(*) AS count, MAX(reminded_at) AS last_reminded_at FROM order_reminder "
            + "WHERE order_id = :orderId")
    @RegisterConstructorMapper(ReminderHistory.class)
    ReminderHistory historyOf(@Bind("orderId") long orderId);

    @SqlUpdate("INSERT INTO order_reminder (order_id, user_id, reminded_at) VALUES (:orderId, :userId, :now)")
    void insert(@Bind("orderId") long orderId, @Bind("userId") long userId, @Bind("now") LocalDateTime now);

    @SqlQuery("SELECT id, order_id, reminded_at, reply, replied_at FROM order_reminder WHERE order_id = :orderId "
            + "ORDER BY reminded_at, id")
    List<Reminder> of(@Bind("orderId") long orderId);

    @SqlUpdate("UPDATE order_reminder SET reply = :reply, replied_at = :now, replied_by = :employeeId "
            + "WHERE id = (SELECT id FROM (SELECT MAX(id) AS id FROM order_reminder WHERE order_id = :orderId) last)")
    int replyToLatest(
            @Bind("orderId") long orderId,
            @Bind("reply") String reply,
            @Bind("now") LocalDateTime now,
            @Bind("employeeId") long employeeId);
}
