package com.skyorders.outbox;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * An outbox in memory for unit tests of the tail and the relay: ids are taken (in flight, as an inserted but
 * uncommitted row) and committed in any order; an id neither committed nor in flight is abandoned. Thread-safe: the
 * relay reads it from its own thread.
 */
public final class InMemoryOutbox implements AlertTail.Source {

    private final TreeMap<Long, Alert> committed = new TreeMap<>();
    private final Set<Long> inFlight = new HashSet<>();
    private int reads;
    private String epoch = "1";

    /** Ids taken by transactions that have not committed yet. */
    public synchronized void take(long... ids) {
        for (long id : ids) {
            inFlight.add(id);
        }
    }

    public synchronized void commit(long... ids) {
        for (long id : ids) {
            inFlight.remove(id);
            committed.put(id, alert(id));
        }
    }

    /** The outbox is reset (a new database, a recreated table): its ids start again under a new epoch. */
    public synchronized void startNewHistory(String newEpoch) {
        committed.clear();
        inFlight.clear();
        epoch = newEpoch;
    }

    @Override
    public synchronized AlertHistory history() {
        return new AlertHistory(epoch, committed.isEmpty() ? 0 : committed.lastKey());
    }

    /** How often the outbox was read from the start (not counting probes and ranges). */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized List<Alert> after(long position, int limit) {
        reads++;
        return committed.tailMap(position, false).values().stream().limit(limit).toList();
    }

    @Override
    public synchronized List<Alert> between(long from, long to, int limit) {
        return committed.subMap(from, true, to, true).values().stream()
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized AlertTail.GapState probe(long from, long to) {
        for (long id = from; id <= to; id++) {
            if (inFlight.contains(id)) {
                return AlertTail.GapState.IN_FLIGHT;
            }
        }
        return committed.subMap(from, true, to, true).isEmpty()
                ? AlertTail.GapState.ABANDONED
                : AlertTail.GapState.COMMITTED;
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
