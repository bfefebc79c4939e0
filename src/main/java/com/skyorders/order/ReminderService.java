package com.skyorders.order;

import com.skyorders.error.AppException;
import com.skyorders.error.Problem;
import com.skyorders.outbox.AlertPublisher;
import com.skyorders.outbox.AlertType;
import com.skyorders.outbox.ReminderDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * 客户催单: a customer reminds the shop of their own order while the shop still owes them something (待接单, 已接单
 * or 派送中), at most once per order per interval. Each accepted reminder is stored and raised as an alert in the
 * same transaction, under the order's row lock, so two taps at once count once. The shop can reply.
 */
public final class ReminderService {

    public static final List<String> PRESET_REPLIES =
            List.of("已出餐，骑手正在路上", "正在加急制作", "天气原因稍有延迟", "骑手已取餐，马上送达", "订单较多，请再耐心等待");
    static final int MAX_REPLY = 30;
    private static final Set<OrderStatus> REMINDABLE =
            Set.of(OrderStatus.TO_BE_CONFIRMED, OrderStatus.CONFIRMED, OrderStatus.DELIVERY_IN_PROGRESS);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration interval;
    private final AlertPublisher alerts;

    public ReminderService(Jdbi jdbi, Clock clock, Duration interval, AlertPublisher alerts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.interval = interval;
        this.alerts = alerts;
    }

    public void remind(long userId, long orderId) {
        jdbi.useTransaction(handle -> {
            ReminderDao reminders = new ReminderDao(handle);
            ReminderDao.LockedOrder locked = reminders
                    .lockWithHistory(orderId)
                    .filter(o -> o.order().userId() == userId)
                    .orElseThrow(OrderNotFoundException::new);
            Order order = locked.order();
            if (!REMINDABLE.contains(order.orderStatus())) {
                throw new OrderStatusException();
            }
            LocalDateTime now = LocalDateTime.now(clock);
            ReminderHistory history = locked.history();
            LocalDateTime last = history.lastRemindedAt();
            if (last != null && now.isBefore(last.plus(interval))) {
                long seconds = Duration.between(now, last.plus(interval)).toSeconds();
                long minutes = Math.max(1, (seconds + 59) / 60);
                throw new AppException(Problem.TOO_MANY_REQUESTS, "催单太频繁，请" + minutes + "分钟后再试");
            }
            reminders.insert(orderId, userId, now);
            ReminderDetails details = new ReminderDetails(
                    order.id(), order.number(), order.status(), history.count() + 1, order.consignee(), order.phone());
            alerts.publish(handle, AlertType.REMINDER, order.id(), order.number(), details);
        });
    }

    /** The shop's reply to the latest reminder of an order: a preset or custom text of up to 30 characters. */
    public void reply(long employeeId, long orderId, String reply) {
        if (reply == null || reply.isBlank()) {
            throw AppException.invalid("reply", "不能为空");
        }
        String text = reply.trim();
        if (text.length() > MAX_REPLY) {
            throw AppException.invalid("reply", "不能超过" + MAX_REPLY + "个字符");
        }
        jdbi.useTransaction(handle -> {
            new OrderDao(handle).find(orderId).orElseThrow(OrderNotFoundException::new);
            if (new ReminderDao(handle).replyToLatest(orderId, text, LocalDateTime.now(clock), employeeId) != 1) {
                throw AppException.notFound("该订单没有催单");
            }
        });
    }
}
