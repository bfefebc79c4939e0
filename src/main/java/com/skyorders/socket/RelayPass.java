package com.skyorders.socket;

import com.google.gson.Gson;
import com.skyorders.outbox.Alert;
import com.skyorders.outbox.AlertHistory;
import com.skyorders.outbox.AlertSource;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's rules, as one synchronous step ({@link #deliverOnce}) that AlertRelay's thread repeats and tests call
 * directly. A pass reads what committed after this node's {@code position} and gives each console, in id order, the
 * alerts between its position and the pass's, as many as its queue takes; a console further behind is fed from
 * the outbox on the next passes, as its queue drains. Ids are in commit order (see AlertPublisher), so a console's
 * position is all it needs: there is never a gap to wait at or an alert owed below it, whatever its {@code since}.
 */
final class RelayPass {

    private static final Logger log = LoggerFactory.getLogger(RelayPass.class);
    static final int BATCH = 500;
    /** How often the pass checks that the outbox is still the one it has been reading. */
    static final long HISTORY_CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AlertSource outbox;
    private final Gson gson;
    private final LongSupplier nanoTime;
    private volatile AlertHistory history;
    private volatile long position;
    /** Counts the histories this node has read; a console position taken in an earlier one starts over. */
    private volatile int generation;

    private long lastHistoryCheck;

    /** Starts after the newest alert: what was raised before this node started is history to its consoles. */
    RelayPass(AlertSource outbox, Gson gson, LongSupplier nanoTime) {
        this.outbox = outbox;
        this.gson = gson;
        this.nanoTime = nanoTime;
        this.history = outbox.history();
        this.position = history.newest();
        this.lastHistoryCheck = nanoTime.getAsLong();
    }

    /** The last alert read from the outbox: a console connecting now starts after it. */
    long position() {
        return position;
    }

    /** The outbox history {@link #position} belongs to. */
    String epoch() {
        return history.epoch();
    }

    /**
     * Where a console connecting now starts: after its {@code since}, or "now" — after the newest committed alert,
     * however far this node has read — when it named none or one from another history: another epoch, or an id above
     * every alert there is (a reset, a restore, a replica that missed the newest). The generation is read first: a
     * history change noticed in between sends the console back to the new history's start with the others.
     */
    ConsolePosition start(Since since) {
        int current = generation;
        if (since == null) {
            return new ConsolePosition(current, newestCommitted());
        }
        if (since.epoch() != null && !since.epoch().equals(epoch())) {
            log.info(
                    "A console's since {} is from outbox history {}, not {}: it starts now",
                    since.id(),
                    since.epoch(),
                    epoch());
            return new ConsolePosition(current, newestCommitted());
        }
        if (since.id() > position) { // only then can it be above every alert; a since seen here needs no read
            long now = newestCommitted();
            if (since.id() > now) {
                log.info("A console's since {} is above every alert in the outbox: it starts now", since.id());
                return new ConsolePosition(current, now);
            }
        }
        return new ConsolePosition(current, since.id());
    }

    /** Never below what this node has read; if the database cannot say now, that is the best we know. */
    private long newestCommitted() {
        try {
            return Math.max(position, outbox.history().newest());
        } catch (RuntimeException e) {
            return position;
        }
    }

    /** One pass over these consoles; true when the read filled its batch (more may be waiting now). */
    boolean deliverOnce(Collection<? extends AlertSink> consoles) {
        checkHistory();
        long from = position;
        List<Alert> fresh = outbox.after(from, BATCH);
        if (!fresh.isEmpty()) {
            position = fresh.get(fresh.size() - 1).id();
        }
        List<String> frames = fresh.stream().map(this::frame).toList();
        for (AlertSink console : consoles) {
            if (!console.isOpen()) {
                continue;
            }
            if (console.position().generation() != generation) {
                console.moveTo(new ConsolePosition(generation, 0));
            }
            try {
                feed(console, from, fresh, frames);
            } catch (RuntimeException e) {
                // The next pass resumes from its position; the other consoles are served meanwhile.
                log.warn("Alert relay could not feed a console this pass: {}", e.toString());
            }
        }
        return fresh.size() == BATCH;
    }

    private void feed(AlertSink console, long from, List<Alert> fresh, List<String> frames) {
        while (console.position().after() < position && console.room() > 0) {
            long after = console.position().after();
            boolean caughtUp = after >= from;
            List<Alert> alerts = caughtUp ? fresh : outbox.after(after, Math.min(BATCH, console.room()));
            for (int i = 0; i < alerts.size(); i++) {
                Alert alert = alerts.get(i);
                if (alert.id() <= after) {
                    continue;
                }
                if (alert.id() > position || !console.offer(caughtUp ? frames.get(i) : frame(alert))) {
                    return; // full (or closed): the rest comes from the outbox once it drains, in order
                }
                console.moveTo(new ConsolePosition(generation, alert.id()));
            }
            if (caughtUp || alerts.isEmpty()) {
                return;
            }
        }
    }

    /**
     * Whether the outbox started a new history under this running node (reset, restored, recreated: its epoch moved,
     * or its newest id fell below our position); if so, the pass and every console start over from its first alert.
     * Checked every 2 s.
     */
    private void checkHistory() {
        long now = nanoTime.getAsLong();
        if (now - lastHistoryCheck < HISTORY_CHECK_NANOS) {
            return;
        }
        lastHistoryCheck = now;
        AlertHistory current = outbox.history();
        AlertHistory known = history;
        history = current;
        if (current.epoch().equals(known.epoch()) && current.newest() >= position) {
            return;
        }
        log.warn(
                "The alert outbox has a new history (epoch {} -> {}, newest id {} against our {}): reading it from "
                        + "its first alert",
                known.epoch(),
                current.epoch(),
                current.newest(),
                position);
        generation++;
        position = 0;
    }

    private String frame(Alert alert) {
        return gson.toJson(AlertFrame.of(alert, epoch()));
    }
}
