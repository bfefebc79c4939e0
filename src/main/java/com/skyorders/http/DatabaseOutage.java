package com.skyorders.http;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a database outage (no connection from the pool, the server gone, a connection dropped mid-query) from our
 * own bugs, and logs outages once per cause rather than once per request: a minute of outage under load would
 * otherwise be thousands of identical lines.
 */
public final class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final Duration REPEAT_AFTER = Duration.ofMinutes(1);

    private final AtomicReference<String> lastCause = new AtomicReference<>("");
    private final AtomicLong lastLoggedNanos = new AtomicLong();
    private final AtomicInteger suppressed = new AtomicInteger();

    /** What went wrong, as logged; {@code kind} (exception class and SQLState) tells one cause from another. */
    public record Cause(String kind, String description) {}

    /** The outage behind {@code error}; empty when it is anything else. */
    public static Optional<Cause> cause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || (t instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    || t.getClass().getName().equals("com.mysql.cj.exceptions.CJCommunicationsException")) {
                String state = t instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
                return Optional.of(new Cause(
                        t.getClass().getName() + state,
                        t.getClass().getSimpleName() + ": " + firstLine(t.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Logs the outage if its cause is new, or once a minute while it lasts, with how many requests it refused. */
    public void report(Cause cause) {
        long now = System.nanoTime();
        String previous = lastCause.getAndSet(cause.kind());
        long last = lastLoggedNanos.get();
        if (!cause.kind().equals(previous) || now - last > REPEAT_AFTER.toNanos()) {
            if (lastLoggedNanos.compareAndSet(last, now)) {
                log.warn(
                        "Requests refused with 503, database unavailable ({} more since the last report): {}",
                        suppressed.getAndSet(0),
                        cause.description());
                return;
            }
        }
        suppressed.incrementAndGet();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
