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
 * alerts between its cursor and that position, as many as its queue takes; a console further behind is fed from
 * the outbox on the next passes, as its queue drains. Ids are in commit order (see AlertPublisher), so a console's
 * cursor is all it needs: there is never a gap to wait at or an alert owed below it, whatever its {@code since}.
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

    /** One pass over these consoles; true when the read filled its batch (more may be waiting now). */
    boolean deliverOnce(Collection<? extends AlertSink> consoles) {
        boolean newHistory = historyChanged();
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
            if (newHistory) {
                console.cursor().startOver();
            }
            try {
                feed(console, from, fresh, frames);
            } catch (RuntimeException e) {
                // The next pass resumes from its cursor; the other consoles are served meanwhile.
                log.warn("Alert relay could not feed a console this pass: {}", e.toString());
            }
        }
        return fresh.size() == BATCH;
    }

    private void feed(AlertSink console, long from, List<Alert> fresh, List<String> frames) {
        ConsoleCursor cursor = console.cursor();
        if (cursor.at() == null) {
            Long start = cursor.since() == null ? null : startAfter(cursor.since());
            cursor.startAfter(start != null ? start : cursor.registeredAt());
        }
        while (cursor.at() < position && console.room() > 0) {
            if (cursor.at() >= from) {
                for (int i = 0; i < fresh.size(); i++) {
                    if (fresh.get(i).id() > cursor.at() && !give(console, fresh.get(i), frames.get(i))) {
                        return;
                    }
                }
                return;
            }
            List<Alert> behind = outbox.after(cursor.at(), Math.min(BATCH, console.room()));
            if (behind.isEmpty()) {
                return;
            }
            for (Alert alert : behind) {
                if (alert.id() > position || !give(console, alert, frame(alert))) {
                    return;
                }
            }
        }
    }

    private static boolean give(AlertSink console, Alert alert, String frame) {
        if (!console.offer(frame)) {
            return false; // full (or closed): the rest comes from the outbox once it drains, in order
        }
        console.cursor().startAfter(alert.id());
        return true;
    }

    /**
     * Where a console's since lets its stream start: its id, or null ("now") when it comes from another history —
     * another epoch, or an id above every alert there is (a reset, a restore, a replica that missed the newest).
     */
    private Long startAfter(Since since) {
        if (since.epoch() != null && !since.epoch().equals(epoch())) {
            log.info(
                    "A console's since {} is from outbox history {}, not {}: it starts now",
                    since.id(),
                    since.epoch(),
                    epoch());
            return null;
        }
        if (since.id() > position && since.id() > outbox.history().newest()) {
            log.info("A console's since {} is above every alert in the outbox: it starts now", since.id());
            return null;
        }
        return since.id();
    }

    /**
     * Whether the outbox started a new history under this running node (reset, restored, recreated: its epoch moved,
     * or its newest id fell below our position); if so, the pass starts over from its first alert. Checked every 2 s.
     */
    private boolean historyChanged() {
        long now = nanoTime.getAsLong();
        if (now - lastHistoryCheck < HISTORY_CHECK_NANOS) {
            return false;
        }
        lastHistoryCheck = now;
        AlertHistory current = outbox.history();
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
        return true;
    }

    private String frame(Alert alert) {
        return gson.toJson(AlertFrame.of(alert, epoch()));
    }
}
