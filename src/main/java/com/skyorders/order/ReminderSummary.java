package com.skyorders.order;

import java.time.LocalDateTime;
import java.util.List;

/** What a customer sees of their reminders on an order: how many, the last one, and the shop's latest reply. */
public record ReminderSummary(
        int reminderCount, LocalDateTime lastReminderTime, String reminderReply, List<Reminder> reminders) {

    static ReminderSummary of(List<Reminder> reminders) {
        if (reminders.isEmpty()) {
            return new ReminderSummary(0, null, null, List.of());
        }
        Reminder last = reminders.get(reminders.size() - 1);
        String reply = reminders.stream()
                .filter(r -> r.reply() != null)
                .reduce((a, b) -> b)
                .map(Reminder::reply)
                .orElse(null);
        return new ReminderSummary(reminders.size(), last.remindedAt(), reply, reminders);
    }
}
