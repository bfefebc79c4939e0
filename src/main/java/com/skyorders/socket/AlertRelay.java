package com.skyorders.socket;

import com.google.gson.Gson;
import com.skyorders.outbox.Alert;
import com.skyorders.outbox.AlertTail;
import jakarta.websocket.CloseReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node fans the outbox out to its consoles: one thread takes alerts from the {@link AlertTail} in id order —
 * alerts this node committed are handed over directly, others are read on each poll — and gives each to every
 * console on this node. It is the only thread that moves a console's cursor, so a console replaying {@code since}
 * gets every later alert once, then the live stream, with no gap and no duplicate.
 */
public final class AlertRelay {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);
    private static final int BATCH = 500;
    /** How soon a relay thread that died is replaced. */
    private static final Duration WATCHDOG = Duration.ofSeconds(5);

    private final AlertTail tail;
    private final MerchantHub hub;
    private final Gson gson;
    private final Clock clock;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(MerchantHub.daemon("sky-alert-watchdog"));
    private volatile Thread thread;
    private volatile boolean running = true;
    private volatile Error fault;
    private boolean nudged;

    public AlertRelay(AlertTail tail, MerchantHub hub, Gson gson, Clock clock, Duration pollInterval) {
        this.tail = tail;
        this.hub = hub;
        this.gson = gson;
        this.clock = clock;
        this.pollInterval = pollInterval;
        hub.attach(this);
    }

    /** Starts the relay thread, and a watchdog that starts it again whenever it has died. */
    public void start() {
        startThread();
        watchdog.scheduleWithFixedDelay(
                this::restartIfDead, WATCHDOG.toMillis(), WATCHDOG.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the relay thread runs: while it does not, no console on this node hears anything (/health: DOWN). */
    public boolean alive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** Tests only (the harness's hooks): the next pass throws this, as an OutOfMemoryError would. */
    public void failNextPass(Error error) {
        fault = error;
        nudge();
    }

    private void startThread() {
        Thread fresh = new Thread(this::run, "sky-alert-relay");
        fresh.setDaemon(true);
        thread = fresh;
        fresh.start();
    }

    private void restartIfDead() {
        if (running && !alive()) {
            log.warn("Alert relay restarting after it died");
            startThread();
        }
    }

    /**
     * The last alert this node has handed to its consoles: a page rendered now embeds it, so its socket can ask for
     * {@code since} this even on its first connect, and misses nothing raised before that connect (on any node).
     */
    public long cursor() {
        return tail.position();
    }

    /** The outbox history {@link #cursor} belongs to: a page embeds both. */
    public String epoch() {
        return tail.epoch();
    }

    /** An alert this node just committed: local consoles get it without a read back. */
    public void committed(Alert alert) {
        tail.offer(alert);
        nudge();
    }

    /** Wakes the relay now (after a local commit, or a console asking for a replay). */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A pass that fails with an exception is retried with backoff; anything worse (an Error) ends the thread, logged,
     * and the watchdog starts a new one. Consoles lose nothing either way: each one's cursor says what it has been
     * given, and the next pass replays the rest from the outbox.
     */
    private void run() {
        try {
            loop();
        } catch (Throwable e) {
            log.error(
                    "Alert relay died; restarting within {} s, /health says DOWN until then", WATCHDOG.toSeconds(), e);
        }
    }

    private void loop() {
        int failures = 0;
        while (running) {
            try {
                deliver();
                if (failures > 0) {
                    log.info("Alert relay recovered after {} failed passes", failures);
                }
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                if (failures == 1 || failures % 100 == 0) {
                    log.warn(
                            "Alert relay pass failed ({} in a row), retrying with backoff: {}", failures, e.toString());
                }
            }
            await(
                    failures == 0
                            ? pollInterval
                            : Duration.ofMillis(Math.min(5000, pollInterval.toMillis() << Math.min(failures, 10))));
        }
    }

    private void deliver() {
        Error injected = fault;
        if (injected != null) {
            fault = null;
            throw injected;
        }
        long position = tail.position();
        AlertTail.Batch batch = tail.next(BATCH);
        long before = batch.newHistory() ? 0 : position; // after a new history, every console starts over below
        List<Alert> fresh = batch.inOrder();
        List<String> frames = fresh.stream().map(this::frame).toList();
        List<String> lateFrames = batch.late().stream().map(this::frame).toList();
        Instant now = clock.instant();
        for (MerchantConnection connection : hub.connections()) {
            if (!connection.isOpen()) {
                continue; // closing: the hub drops it
            }
            if (batch.newHistory()) {
                connection.startOver();
            }
            if (!connection.anchorIfDue(now, this::startAfter)) {
                continue;
            }
            if (connection.hasLateSince()) {
                backfill(connection);
            }
            offerLate(connection, batch.late(), lateFrames);
            if (!sendOwed(connection)) {
                continue; // full: what is owed goes out once it drains, before the catch-up, in order
            }
            connection.owed().forgetGivenUnless(tail::watched);
            if (connection.cursor() < before) {
                replay(connection, before);
                if (connection.cursor() < before) {
                    // Its queue filled up before the catch-up was done. The fresh alerts wait too: one that fits
                    // because a frame went out meanwhile would otherwise jump over the ones still to replay.
                    continue;
                }
            }
            for (int i = 0; i < fresh.size(); i++) {
                long id = fresh.get(i).id();
                if (id <= connection.cursor()) {
                    continue;
                }
                if (!connection.enqueue(frames.get(i))) {
                    break; // full (or closed): the rest comes from the outbox once it drains, in order
                }
                connection.delivered(id);
            }
        }
        if (fresh.size() == BATCH) {
            nudge();
        }
    }

    /**
     * Alerts passed over while their transaction hung, committed since: a console already beyond one gets it now,
     * once (one behind it meets it in its catch-up from the outbox); a full queue owes it instead.
     */
    private void offerLate(MerchantConnection connection, List<Alert> late, List<String> lateFrames) {
        for (int i = 0; i < late.size() && connection.isOpen(); i++) {
            long id = late.get(i).id();
            String frame = lateFrames.get(i);
            if (id < connection.cursor() && !give(connection, id, () -> frame)) {
                owe(connection, id - 1, id);
            }
        }
    }

    /**
     * Queues one alert below the stream's order (late, replayed or owed) unless this console already got it: an
     * alert from a watched gap can come round twice, as late and in a replay. False when the console's queue is full
     * or it closed.
     */
    private boolean give(MerchantConnection connection, long id, Supplier<String> frame) {
        OwedAlerts owed = connection.owed();
        boolean fromGap = tail.watched(id);
        if (fromGap && owed.wasGivenFromGap(id)) {
            return true;
        }
        if (!connection.isOpen() || !connection.enqueue(frame.get())) {
            return false;
        }
        if (fromGap) {
            owed.givenFromGap(id);
        }
        return true;
    }

    private String frame(Alert alert) {
        return gson.toJson(AlertFrame.of(alert, tail.epoch()));
    }

    /**
     * Where a console's since lets its stream start: its id, or null ("now") when it comes from another history —
     * another epoch, or an id above every alert there is (a reset, a restore, a replica that missed the newest).
     */
    private Long startAfter(Since since) {
        if (since.epoch() != null && !since.epoch().equals(tail.epoch())) {
            log.info(
                    "A console's since {} is from outbox history {}, not {}: it starts now",
                    since.id(),
                    since.epoch(),
                    tail.epoch());
            return null;
        }
        if (since.id() > tail.position() && since.id() > tail.newest()) {
            log.info("A console's since {} is above every alert in the outbox: it starts now", since.id());
            return null;
        }
        return since.id();
    }

    /** Sends a console what it missed, up to the last alert every console has already been given. */
    private void replay(MerchantConnection connection, long upTo) {
        if (send(connection, connection.cursor(), upTo, connection::delivered)) {
            connection.anchorAt(upTo);
        }
    }

    /**
     * Sends the alerts after {@code after} up to {@code upTo}, in id order, reporting each id sent; true when all
     * were sent, false when the console stopped taking frames (closed, or its backlog full); see {@link #give}.
     */
    private boolean send(MerchantConnection connection, long after, long upTo, LongConsumer sent) {
        long from = after;
        while (from < upTo) {
            List<Alert> batch = tail.committedBetween(from, upTo, BATCH);
            if (batch.isEmpty()) {
                return true;
            }
            for (Alert alert : batch) {
                if (!give(connection, alert.id(), () -> frame(alert))) {
                    return false;
                }
                sent.accept(alert.id());
                from = alert.id();
            }
        }
        return true;
    }

    /**
     * A {@code since} that came after the console was anchored. If nothing was delivered yet, delivery simply starts
     * earlier (order kept); otherwise what lies between it and the first alert delivered is owed, sent before
     * anything new — older frames after newer ones, but none lost and none twice (frames carry their id).
     */
    private void backfill(MerchantConnection connection) {
        Since late = connection.takeLateSince();
        Long since = late == null ? null : startAfter(late);
        if (since == null) {
            return;
        }
        Long first = connection.firstDelivered();
        if (first == null) {
            connection.rewindTo(since);
        } else {
            owe(connection, since, first - 1);
        }
    }

    private void owe(MerchantConnection connection, long after, long upTo) {
        if (!connection.owed().owe(after, upTo)) {
            log.warn("Console {} is owed too many old alerts; closing it so it reconnects", connection.id());
            connection.close(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too far behind");
        }
    }

    /**
     * Sends what this console is owed below its cursor, oldest span first, resuming where the last pass stopped;
     * true when nothing is left owed, false when its queue filled (or it closed) first.
     */
    private boolean sendOwed(MerchantConnection connection) {
        OwedAlerts owed = connection.owed();
        for (OwedAlerts.Span span = owed.next(); span != null; span = owed.next()) {
            if (!send(connection, span.after(), span.upTo(), owed::paid)) {
                return false;
            }
            owed.settled();
        }
        return true;
    }

    private void await(Duration wait) {
        lock.lock();
        try {
            if (!nudged && running) {
                wake.await(wait.toMillis(), TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread within a bound; a poll stuck on a dead database is cut off by the pool's timeouts. */
    public void stop() {
        running = false;
        watchdog.shutdownNow();
        nudge();
        Thread current = thread;
        if (current == null) {
            return;
        }
        current.interrupt();
        try {
            current.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
