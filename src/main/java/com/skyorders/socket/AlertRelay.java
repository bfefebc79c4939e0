package com.skyorders.socket;

import com.google.gson.Gson;
import com.skyorders.outbox.AlertSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node fans the outbox out to its consoles: one thread repeats a {@link RelayPass} whenever an alert commits
 * on this node (a nudge) and at least every poll interval (alerts other nodes raised). A watchdog starts a new
 * thread when one dies; consoles lose nothing meanwhile, since each one's cursor says what it was given.
 */
public final class AlertRelay {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);
    /** How soon a relay thread that died is replaced. */
    private static final Duration WATCHDOG = Duration.ofSeconds(5);

    private final RelayPass pass;
    private final MerchantHub hub;
    private final Duration pollInterval;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(MerchantHub.daemon("sky-alert-watchdog"));
    private volatile Thread thread;
    private volatile boolean running = true;
    private volatile Error fault;
    private boolean nudged;

    public AlertRelay(AlertSource outbox, MerchantHub hub, Gson gson, Duration pollInterval) {
        this.pass = new RelayPass(outbox, gson, System::nanoTime);
        this.hub = hub;
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

    /** The last alert this node has read: a page rendered now embeds it as its socket's {@code since}. */
    public long cursor() {
        return pass.position();
    }

    /** The outbox history {@link #cursor} belongs to: a page embeds both. */
    public String epoch() {
        return pass.epoch();
    }

    /** Wakes the relay now (an alert committed on this node, or a console connected). */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
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

    /** A pass that fails with an exception is retried with backoff; an Error ends the thread, and the watchdog acts. */
    private void run() {
        try {
            int failures = 0;
            while (running) {
                boolean more = false;
                try {
                    Error injected = fault;
                    fault = null;
                    if (injected != null) {
                        throw injected;
                    }
                    more = pass.deliverOnce(hub.connections());
                    if (failures > 0) {
                        log.info("Alert relay recovered after {} failed passes", failures);
                    }
                    failures = 0;
                } catch (RuntimeException e) {
                    if (++failures == 1 || failures % 100 == 0) {
                        log.warn("Alert relay pass failed ({} in a row), retrying: {}", failures, e.toString());
                    }
                }
                if (!more) {
                    await(failures == 0 ? pollInterval.toMillis() : Math.min(5000, 100L << Math.min(failures, 6)));
                }
            }
        } catch (Throwable e) {
            log.error(
                    "Alert relay died; restarting within {} s, /health says DOWN until then", WATCHDOG.toSeconds(), e);
        }
    }

    private void await(long millis) {
        lock.lock();
        try {
            if (!nudged && running) {
                wake.await(millis, TimeUnit.MILLISECONDS);
            }
            nudged = false;
        } catch (InterruptedException e) {
            running = false;
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Stops the thread within a bound; a read stuck on a dead database is cut off by the pool's timeouts. */
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
