package com.skyorders.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's reader of the outbox: hands out committed alerts in id order, each once, across the gaps that
 * AUTO_INCREMENT ids leave when transactions commit out of order. Only the relay thread calls it, except
 * {@link #offer}.
 *
 * <p>Why nothing is skipped, repeated or reordered (proof sketch):
 * <ol>
 * <li>An alert's id is allocated by its INSERT inside the publishing transaction, the last statement before commit;
 *     InnoDB never hands an id out twice.</li>
 * <li>{@code position} only moves over ids that were handed out or proven abandoned, so every id at or below it is
 *     done; what {@link #next} returns is above it, ascending: no repeat, order kept.</li>
 * <li>An id missing below a committed one (a gap) is (a) inserted but not committed: its row is locked by the
 *     inserting transaction, so a locking read with NOWAIT fails and we hold there; (b) committed since our read: the
 *     next read returns it; or (c) abandoned (rolled back, or a failed insert): no row and no lock, and none will
 *     ever appear. A gap is probed only once it is {@code settle} old, so an insert caught between taking its id and
 *     writing its row (microseconds) is never mistaken for (c).</li>
 * <li>A gap still locked after {@code giveUp} (a transaction stuck after its insert) no longer holds back the
 *     alerts behind it; it is watched for {@code watch}, and an alert that commits there late is handed out then,
 *     once, as late (out of order, but not lost).</li>
 * </ol>
 * Alerts this node committed are offered directly, so in the common case (no gap) nothing is read back.
 */
public final class AlertTail {

    private static final Logger log = LoggerFactory.getLogger(AlertTail.class);
    /** How far back a starting node looks for a gap still in flight. */
    private static final int START_WINDOW = 1000;
    /** How often the tail checks that the outbox is still the one it has been reading. */
    private static final long HISTORY_CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * What one call hands out: alerts in id order, and alerts from a given-up gap that committed late. After
     * {@code newHistory} (the outbox was reset or recreated), ids start again: every cursor from before is void.
     */
    public record Batch(List<Alert> inOrder, List<Alert> late, boolean newHistory) {
        public boolean isEmpty() {
            return inOrder.isEmpty() && late.isEmpty();
        }
    }

    /** What a locking probe of a gap found. */
    public enum GapState {
        COMMITTED,
        IN_FLIGHT,
        ABANDONED
    }

    /** The database side, a seam so the gap rules (and the relay above them) can be unit-tested without one. */
    public interface Source {
        List<Alert> after(long position, int limit);

        List<Alert> between(long fromInclusive, long toInclusive, int limit);

        GapState probe(long fromInclusive, long toInclusive);

        AlertHistory history();
    }

    private record Watch(long from, long to, long until, Set<Long> seen) {}

    private final Source source;
    private final LongSupplier nanoTime;
    private final long step;
    private final long settleNanos;
    private final long giveUpNanos;
    private final long watchNanos;
    private final long pollNanos;
    private final ConcurrentSkipListMap<Long, Alert> offered = new ConcurrentSkipListMap<>();
    /** Gaps seen, keyed by the id of the committed alert right after them: when first seen. */
    private final NavigableMap<Long, Long> gapsSeen = new TreeMap<>();

    private final List<Watch> watches = new ArrayList<>();
    private volatile long position;
    private long lastRead;
    /** The last read filled its batch: there may be more right away. */
    private boolean moreToRead = true;

    private volatile AlertHistory history;
    private long lastHistoryCheck;

    AlertTail(Source source, LongSupplier nanoTime, long step, long start, Timing timing) {
        this.source = source;
        this.nanoTime = nanoTime;
        this.step = Math.max(1, step);
        this.position = start;
        this.settleNanos = timing.settle.toNanos();
        this.giveUpNanos = timing.giveUp.toNanos();
        this.watchNanos = timing.watch.toNanos();
        this.pollNanos = timing.poll.toNanos();
        this.lastRead = nanoTime.getAsLong() - pollNanos;
        this.history = source.history();
        this.lastHistoryCheck = nanoTime.getAsLong();
    }

    /** How long a gap may stay unexplained before it is probed, held, and passed; and how often to read. */
    public record Timing(Duration settle, Duration giveUp, Duration watch, Duration poll) {
        /** Gaps probed after 0.3 s, watched for 10 min once passed over after {@code giveUp}. */
        public static Timing standard(Duration giveUp, Duration poll) {
            return new Timing(Duration.ofMillis(300), giveUp, Duration.ofMinutes(10), poll);
        }
    }

    /** A tail over any outbox (tests), starting after {@code start}. */
    public static AlertTail over(Source source, LongSupplier nanoTime, long step, long start, Timing timing) {
        return new AlertTail(source, nanoTime, step, start, timing);
    }

    /** A tail on the real outbox, starting a little before its newest alert so a gap in flight is not missed. */
    public static AlertTail open(Jdbi jdbi, Timing timing) {
        long step = jdbi.withHandle(h -> new AlertDao(h).idStep());
        AlertTable table = new AlertTable(jdbi);
        long newest = table.history().newest();
        AlertTail tail =
                new AlertTail(table, System::nanoTime, step, Math.max(0, newest - START_WINDOW * step), timing);
        tail.catchUp();
        return tail;
    }

    /** Everything up to the newest alert is history to a node that just started: skip it, stopping at a gap. */
    private void catchUp() {
        // No gap this old can be an insert still writing its row: probe at once (settle 0).
        while (!next(500, true, 0).inOrder().isEmpty()) {
            log.trace("Alert tail skipping history up to {}", position);
        }
        log.debug("Alert tail starts after alert {}", position);
    }

    /** Every alert at or below this has been handed out, or will never exist. */
    public long position() {
        return position;
    }

    /** The history the ids handed out belong to (see {@link AlertHistory}). */
    public String epoch() {
        return history.epoch();
    }

    /** The newest committed id, read now: a cursor above it comes from another history. */
    public long newest() {
        return source.history().newest();
    }

    /**
     * Committed alerts after {@code after} up to {@code upTo}, in id order: what a console replaying {@code since}
     * missed. Everything at or below {@link #position} is settled, except ids in a watched gap: one of those may
     * still commit, and is then handed out as late (see {@link #watched}).
     */
    public List<Alert> committedBetween(long after, long upTo, int limit) {
        return source.between(after + 1, upTo, limit);
    }

    /**
     * Whether this id lies in a gap passed over while its transaction hung and still watched: an alert there may
     * reach a console both as late and in a replay, so the relay remembers which of these it gave each console.
     */
    public boolean watched(long id) {
        for (Watch watch : watches) {
            if (id >= watch.from && id <= watch.to) {
                return true;
            }
        }
        return false;
    }

    /** An alert this node just committed: handed out without reading it back, when its turn comes. */
    public void offer(Alert alert) {
        if (alert.id() > position) {
            offered.put(alert.id(), alert);
        }
    }

    /** The next alerts after {@link #position}, at most {@code limit} (plus any late ones). */
    public Batch next(int limit) {
        return next(limit, false, settleNanos);
    }

    private Batch next(int limit, boolean forceRead, long settle) {
        long now = nanoTime.getAsLong();
        boolean newHistory = historyChanged(now);
        List<Alert> out = new ArrayList<>();
        takeOffered(out, limit);
        boolean read =
                forceRead || moreToRead || !offered.isEmpty() || !gapsSeen.isEmpty() || now - lastRead >= pollNanos;
        List<Alert> late = List.of();
        if (read && out.size() < limit) {
            lastRead = now;
            readCommitted(out, limit, now, settle);
            late = readLate(now);
        }
        offered.headMap(position, true).clear();
        gapsSeen.headMap(position, true).clear();
        return new Batch(out, late, newHistory);
    }

    /**
     * Whether the outbox started a new history under this running node (reset, restored, recreated: its epoch moved,
     * or its newest id fell below our position); if so, starts over from its first id. Checked every 2 s, before
     * reading: a new history whose ids passed ours within those 2 s is the one case read as the old one's.
     */
    private boolean historyChanged(long now) {
        if (now - lastHistoryCheck < HISTORY_CHECK_NANOS) {
            return false;
        }
        lastHistoryCheck = now;
        AlertHistory current = source.history();
        AlertHistory known = history;
        history = current;
        if (current.epoch().equals(known.epoch()) && current.newest() >= position) {
            return false;
        }
        log.warn(
                "The alert outbox has a new history (epoch {} -> {}, newest id {} against our {}): reading it from "
                        + "its first alert",
                known.epoch(),
                current.epoch(),
                current.newest(),
                position);
        position = 0;
        offered.clear();
        gapsSeen.clear();
        watches.clear();
        moreToRead = true;
        return true;
    }

    private void takeOffered(List<Alert> out, int limit) {
        while (out.size() < limit) {
            Map.Entry<Long, Alert> first = offered.firstEntry();
            if (first == null || first.getKey() != position + step) {
                return;
            }
            offered.remove(first.getKey());
            handOut(out, first.getValue());
        }
    }

    private void readCommitted(List<Alert> out, int limit, long now, long settle) {
        List<Alert> committed = source.after(position, limit - out.size());
        moreToRead = committed.size() == limit - out.size();
        for (Alert alert : committed) {
            if (alert.id() <= position) {
                continue;
            }
            if (alert.id() != position + step && !gapResolved(out, alert.id(), now, settle)) {
                return;
            }
            handOut(out, alert);
        }
    }

    /** Whether the gap between {@link #position} and {@code next} may be passed now (handing out what it holds). */
    private boolean gapResolved(List<Alert> out, long next, long now, long settle) {
        long from = position + step;
        long to = next - step;
        if (to < from) {
            return true; // not a gap: the previous position was not on this server's id grid
        }
        long firstSeen = gapsSeen.computeIfAbsent(next, k -> now);
        if (now - firstSeen < settle) {
            return false;
        }
        GapState state = source.probe(from, to);
        if (state == GapState.ABANDONED) {
            return true;
        }
        if (state == GapState.IN_FLIGHT && now - firstSeen >= giveUpNanos) {
            log.warn(
                    "Alerts {}..{} uncommitted for over {} s: later alerts go on; these are still delivered if "
                            + "they commit within {} min",
                    from,
                    to,
                    TimeUnit.NANOSECONDS.toSeconds(giveUpNanos),
                    TimeUnit.NANOSECONDS.toMinutes(watchNanos));
            Set<Long> seen = new TreeSet<>();
            for (Alert committed : source.between(from, to, Integer.MAX_VALUE)) {
                seen.add(committed.id());
                handOut(out, committed);
            }
            watches.add(new Watch(from, to, now + watchNanos, seen));
            return true;
        }
        return false; // in flight, or committed since the read: the next read decides
    }

    private List<Alert> readLate(long now) {
        if (watches.isEmpty()) {
            return List.of();
        }
        List<Alert> late = new ArrayList<>();
        for (Iterator<Watch> it = watches.iterator(); it.hasNext(); ) {
            Watch watch = it.next();
            for (Alert alert : source.between(watch.from, watch.to, Integer.MAX_VALUE)) {
                if (watch.seen.add(alert.id())) {
                    late.add(alert);
                }
            }
            if (now - watch.until >= 0) {
                it.remove();
            }
        }
        return late;
    }

    private void handOut(List<Alert> out, Alert alert) {
        out.add(alert);
        position = alert.id();
    }
}
