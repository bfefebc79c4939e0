package com.skyorders.outbox;

import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;

/**
 * An outbox in memory for unit tests of the relay: alerts commit in id order, as the sequence row makes them do
 * (see AlertPublisher), and a reset starts a new history whose ids begin again.
 */
public final class InMemoryOutbox implements AlertSource {

    private final TreeMap<Long, Alert> committed = new TreeMap<>();
    private String epoch = "1";
    private int reads;

    /** Commits the next {@code count} alerts; returns the last id. */
    public long commit(int count) {
        long last = committed.isEmpty() ? 0 : committed.lastKey();
        for (int i = 0; i < count; i++) {
            committed.put(++last, alert(last));
        }
        return last;
    }

    /** The outbox is reset (a new database, a recreated table): its ids start again under a new epoch. */
    public void startNewHistory(String newEpoch) {
        committed.clear();
        epoch = newEpoch;
    }

    /** How many times the outbox was read. */
    public int reads() {
        return reads;
    }

    @Override
    public AlertHistory history() {
        return new AlertHistory(epoch, committed.isEmpty() ? 0 : committed.lastKey());
    }

    @Override
    public List<Alert> after(long id, int limit) {
        reads++;
        return committed.tailMap(id, false).values().stream().limit(limit).toList();
    }

    /** The alert an id stands for: a reminder on order 100 + id. */
    public static Alert alert(long id) {
        return new Alert(
                id,
                AlertType.REMINDER.code(),
                100 + id,
                "N" + id,
                "订单号：N" + id,
                "{}",
                LocalDateTime.of(2026, 12, 2, 12, 0),
                null);
    }
}
