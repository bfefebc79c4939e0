package com.skyorders.socket;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * What one console is owed below its cursor, outside the in-order stream: id ranges still to send (a late since's
 * backfill, late commits that met a full queue), and the ids from watched gaps it was already given — such an alert
 * can come round twice, as late and in a replay, and must go out once. The relay thread's alone, like the cursor.
 */
final class OwedAlerts {

    /** The alerts with ids in (after, upTo]. */
    record Span(long after, long upTo) {}

    private final int maxSpans;
    private final Deque<Span> spans = new ArrayDeque<>();
    private final Set<Long> givenFromGaps = new HashSet<>();

    OwedAlerts(int maxSpans) {
        this.maxSpans = maxSpans;
    }

    /**
     * Owes the alerts in (after, upTo]; false (nothing recorded) when {@code maxSpans} separate ranges are owed
     * already, a console too far behind to keep. A range overlapping or touching the newest one joins it.
     */
    boolean owe(long after, long upTo) {
        if (upTo <= after) {
            return true;
        }
        Span last = spans.peekLast();
        if (last != null && after >= last.after() && after <= last.upTo()) {
            spans.pollLast();
            spans.addLast(new Span(last.after(), Math.max(last.upTo(), upTo)));
            return true;
        }
        if (spans.size() >= maxSpans) {
            return false;
        }
        spans.addLast(new Span(after, upTo));
        return true;
    }

    /** The oldest range still owed, or null. */
    Span next() {
        return spans.peekFirst();
    }

    /** An alert of the oldest range went out: the range now starts after it. */
    void paid(long alertId) {
        Span span = spans.pollFirst();
        if (span != null) {
            spans.addFirst(new Span(alertId, span.upTo()));
        }
    }

    /** The oldest range is done (all of it sent, or nothing more there to send). */
    void settled() {
        spans.pollFirst();
    }

    /** Whether this console was already given this alert from a watched gap (see AlertTail#watched). */
    /** Forgets everything owed and given: the ids belonged to a history that is gone. */
    void clear() {
        spans.clear();
        givenFromGaps.clear();
    }

    boolean wasGivenFromGap(long alertId) {
        return givenFromGaps.contains(alertId);
    }

    void givenFromGap(long alertId) {
        givenFromGaps.add(alertId);
    }

    /** Forgets the ids whose gap is no longer watched: they cannot come round again. */
    void forgetGivenUnless(LongPredicate stillWatched) {
        givenFromGaps.removeIf(id -> !stillWatched.test(id));
    }
}
