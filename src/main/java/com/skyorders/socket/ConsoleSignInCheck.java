package com.skyorders.socket;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every few seconds, asks once for all consoles open on this node whether their sign-in is still live: the live ones
 * slide on (an open socket is a console in use, however quiet the shop is), the others are closed with
 * 登录已失效, so a logout or an expiry on any node silences this node's consoles within the interval.
 */
public final class ConsoleSignInCheck {

    private static final Logger log = LoggerFactory.getLogger(ConsoleSignInCheck.class);
    static final String SIGNED_OUT = "登录已失效 (signed out)";

    private final MerchantHub hub;
    /** Which of these sign-ins are live, sliding the live ones on (TokenService::keepAlive). */
    private final Function<Set<String>, Set<String>> keepAlive;

    private final Duration interval;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(MerchantHub.daemon("sky-ws-signin-check"));
    private int failures;

    public ConsoleSignInCheck(MerchantHub hub, Function<Set<String>, Set<String>> keepAlive, Duration interval) {
        this.hub = hub;
        this.keepAlive = keepAlive;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            Set<String> hashes = new HashSet<>();
            for (MerchantConnection connection : hub.connections()) {
                hashes.add(connection.principal().tokenHash());
            }
            if (hashes.isEmpty()) {
                return;
            }
            Set<String> ended = new HashSet<>(hashes);
            ended.removeAll(keepAlive.apply(hashes));
            // Only sign-ins asked about: a console that connected meanwhile passed its handshake's check just now.
            hub.closeWhere(c -> ended.contains(c.principal().tokenHash()), SIGNED_OUT);
            if (failures > 0) {
                log.info("Console sign-in check recovered after {} failed passes", failures);
            }
            failures = 0;
        } catch (RuntimeException e) {
            // The database is away: keep consoles open (they are not known to be signed out) and try again.
            if (failures++ % 100 == 0) {
                log.warn("Console sign-in check failed ({} in a row): {}", failures, e.toString());
            }
        }
    }

    public void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
