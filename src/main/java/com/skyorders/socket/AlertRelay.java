package com.skyorders.socket;

import com.google.gson.Gson;
import com.skyorders.outbox.AlertSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every node fans the outbox out to its consoles: one thread runs a {@link RelayPass} whenever an alert commits on
 * this node (a nudge) and every poll interval (alerts other nodes raised). A pass that fails — an Error included —
 * is logged and the next one starts afresh, so the relay cannot die; consoles lose nothing meanwhile, since each one's
 * position says what it was given. /health says DOWN while passes fail.
 */
public final class AlertRelay {

    private static final Logger log = LoggerFactory.getLogger(AlertRelay.class);

    private final RelayPass pass;
    private final MerchantHub hub;
    private final Duration pollInterval;
    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(MerchantHub.daemon("sky-alert-relay"));
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile int failures;
    private volatile long faultUntilNanos = System.nanoTime();

    public AlertRelay(AlertSource outbox, MerchantHub hub, Gson gson, Duration pollInterval) {
        this.pass = new RelayPass(outbox, gson, System::nanoTime);
        this.hub = hub;
        this.pollInterval = pollInterval;
        hub.attach(this);
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::run, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether the last pass succeeded: while passes fail, no console on this node hears anything (/health: DOWN). */
    public boolean alive() {
        return failures == 0;
    }

    /** Tests only (the harness's hooks): every pass fails for this long, as an OutOfMemoryError would. */
    public void failPassesFor(Duration duration) {
        faultUntilNanos = System.nanoTime() + duration.toNanos();
        nudge();
    }

    /** Where a console connecting now starts (see {@link RelayPass#start}). */
    ConsolePosition start(Since since) {
        return pass.start(since);
    }

    /** The last alert this node has read: a page rendered now embeds it as its socket's {@code since}. */
    public long cursor() {
        return pass.position();
    }

    /** The outbox history {@link #cursor} belongs to: a page embeds both. */
    public String epoch() {
        return pass.epoch();
    }

    /** Runs a pass soon (an alert committed on this node); nudges that arrive before it starts share it. */
    public void nudge() {
        if (nudged.compareAndSet(false, true)) {
            try {
                thread.execute(this::run);
            } catch (RejectedExecutionException stopped) {
                nudged.set(false);
            }
        }
    }

    private void run() {
        nudged.set(false);
        try {
            if (System.nanoTime() - faultUntilNanos < 0) {
                throw new Error("injected by the test harness");
            }
            while (pass.deliverOnce(hub.connections())) {
                // a full batch: more is waiting
            }
            if (failures > 0) {
                log.info("Alert relay recovered after {} failed passes", failures);
            }
            failures = 0;
        } catch (Throwable e) { // an Error too: this thread must outlive it, and the next pass starts afresh
            if (failures++ % 100 == 0) {
                log.warn("Alert relay pass failed ({} in a row), retrying: {}", failures, e.toString());
            }
        }
    }

    /** Stops within a bound; a read stuck on a dead database is cut off by the pool's timeouts. */
    public void stop() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
