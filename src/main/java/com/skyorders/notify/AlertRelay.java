package com.skyorders.notify;

import com.google.gson.Gson;
import com.skyorders.auth.TokenService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node tails the outbox: one thread polls for alerts after the last one it saw (and wakes at once when this
 * node commits one) and hands each to every console on this node in id order. It is the only thread that moves a
 * console's cursor, so a console replaying {@code since} gets every later alert once, then the live stream, with
 * no gap and no duplicate.
 */
public final class AlertRelay {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);
    private static final int BATCH = 500;
    /** A console that sent no {@code since} is anchored at its connect time after this grace. */
    private static final Duration ANCHOR_GRACE = Duration.ofMillis(750);
    private static final Duration CREDENTIAL_CHECK = Duration.ofSeconds(5);
    static final String SIGNED_OUT = "登录已失效 (signed out)";

    private final Jdbi jdbi;
    private final MerchantHub hub;
    private final TokenService tokens;
    private final Gson gson;
    private final Clock clock;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lastSeen;
    private boolean nudged;
    private Instant nextCredentialCheck = Instant.EPOCH;

    public AlertRelay(Jdbi jdbi, MerchantHub hub, TokenService tokens, Gson gson, Clock clock, Duration pollInterval) {
        this.jdbi = jdbi;
        this.hub = hub;
        this.tokens = tokens;
        this.gson = gson;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.lastSeen = jdbi.onDemand(AlertDao.class).lastId();
        this.thread = new Thread(this::run, "sky-alert-relay");
        this.thread.setDaemon(true);
        hub.attach(this);
    }

    public void start() {
        thread.start();
    }

    long lastSeen() {
        return lastSeen;
    }

    /**
     * The last alert this node has handed to its consoles: a page rendered now embeds it, so its socket can ask for
     * {@code since} this even on its first connect, and misses nothing raised before that connect (on any node).
     */
    public long cursor() {
        return lastSeen;
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

    private void run() {
        int failures = 0;
        while (running) {
            try {
                deliver();
                checkCredentials();
                if (failures > 0) {
                    log.info("Alert relay recovered after {} failed passes", failures);
                }
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                if (failures == 1 || failures % 100 == 0) {
                    log.warn("Alert relay pass failed ({} in a row), retrying with backoff: {}", failures,
                            e.toString());
                }
            }
            await(failures == 0 ? pollInterval
                    : Duration.ofMillis(Math.min(5000, pollInterval.toMillis() << Math.min(failures, 10))));
        }
    }

    private void deliver() {
        AlertDao alerts = jdbi.onDemand(AlertDao.class);
        long before = lastSeen;
        List<Alert> fresh = alerts.after(before, BATCH);
        long upTo = fresh.isEmpty() ? before : fresh.get(fresh.size() - 1).id();
        List<String> frames = new ArrayList<>(fresh.size());
        for (Alert alert : fresh) {
            frames.add(gson.toJson(AlertFrame.of(alert)));
        }
        Instant now = clock.instant();
        for (MerchantConnection connection : hub.connections()) {
            if (connection.cursor == null && !anchor(connection, now)) {
                continue;
            }
            if (connection.lateSince != null) {
                backfill(alerts, connection);
            }
            if (connection.cursor < before) {
                replay(alerts, connection, before);
            }
            for (int i = 0; i < fresh.size(); i++) {
                if (fresh.get(i).id() > connection.cursor && connection.enqueue(frames.get(i))) {
                    delivered(connection, fresh.get(i).id());
                }
            }
        }
        lastSeen = upTo;
        if (fresh.size() == BATCH) {
            nudge();
        }
    }

    private boolean anchor(MerchantConnection connection, Instant now) {
        Long since = connection.requestedSince;
        if (since == null && connection.lateSince != null) {
            since = connection.lateSince;
            connection.lateSince = null;
        }
        if (since != null) {
            connection.cursor = Math.max(0, since);
            return true;
        }
        if (now.isAfter(connection.openedAt().plus(ANCHOR_GRACE))) {
            connection.cursor = connection.registrationCursor;
            return true;
        }
        return false;
    }

    /** Sends a console what it missed, up to the last alert every console has already been given. */
    private void replay(AlertDao alerts, MerchantConnection connection, long upTo) {
        if (send(alerts, connection, connection.cursor, upTo, id -> delivered(connection, id))) {
            connection.cursor = upTo;
        }
    }

    /**
     * Sends the alerts after {@code after} up to {@code upTo}, in id order, reporting each id sent; true when all
     * were sent, false when the console stopped taking frames (closed, or its backlog full).
     */
    private boolean send(AlertDao alerts, MerchantConnection connection, long after, long upTo, LongConsumer sent) {
        long from = after;
        while (from < upTo) {
            List<Alert> batch = alerts.between(from, upTo, BATCH);
            if (batch.isEmpty()) {
                return true;
            }
            for (Alert alert : batch) {
                if (!connection.isOpen() || !connection.enqueue(gson.toJson(AlertFrame.of(alert)))) {
                    return false;
                }
                sent.accept(alert.id());
                from = alert.id();
            }
        }
        return true;
    }

    private static void delivered(MerchantConnection connection, long alertId) {
        connection.cursor = alertId;
        if (connection.firstDelivered == null) {
            connection.firstDelivered = alertId;
        }
    }

    /**
     * A {@code since} that came after the console was anchored. If nothing was delivered yet, delivery simply
     * starts earlier (order kept). Otherwise what lies between {@code since} and the first alert delivered is sent
     * once now — older frames after newer ones, but none lost and none twice (frames carry their id).
     */
    private void backfill(AlertDao alerts, MerchantConnection connection) {
        long since = connection.lateSince;
        connection.lateSince = null;
        Long first = connection.firstDelivered;
        if (first == null) {
            connection.cursor = Math.min(connection.cursor, since);
            return;
        }
        send(alerts, connection, since, first - 1, id -> { });
    }

    private void checkCredentials() {
        Instant now = clock.instant();
        if (now.isBefore(nextCredentialCheck) || hub.size() == 0) {
            return;
        }
        nextCredentialCheck = now.plus(CREDENTIAL_CHECK);
        Set<String> hashes = new java.util.HashSet<>();
        for (MerchantConnection connection : hub.connections()) {
            hashes.add(connection.principal().tokenHash());
        }
        // An open socket is a console in use: its sign-in slides on (keepAlive), however quiet the shop is.
        Set<String> live = tokens.keepAlive(hashes);
        hub.closeWhere(c -> !live.contains(c.principal().tokenHash()), SIGNED_OUT);
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
        nudge();
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
