package com.skyorders.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the refund outbox's due rows through the gateway, outside any transaction, one at a time: the provider's
 * answer is recorded in its own short update. A failure waits with exponential backoff (10 s doubling, at most an
 * hour) and is tried again; a crash between sending and recording sends the same refund number again, which the
 * provider answers without paying twice. Runs on one node at a time (a clustered, non-concurrent sweep).
 */
public final class RefundSender {

    private static final Logger log = LoggerFactory.getLogger(RefundSender.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    private static final Duration LAST_RETRY = Duration.ofHours(1);
    /** About 14 hours of tries; then the refund is FAILED and logged as an error for a person to settle. */
    static final int MAX_ATTEMPTS = 20;

    private final Jdbi jdbi;
    private final PaymentGateway gateway;
    private final Clock clock;

    public RefundSender(Jdbi jdbi, PaymentGateway gateway, Clock clock) {
        this.jdbi = jdbi;
        this.gateway = gateway;
        this.clock = clock;
    }

    /** Sends up to {@code limit} due refunds; returns how many the provider accepted. */
    public int sendDue(int limit) {
        // Each statement on a handle of its own: no connection is held while the provider is asked.
        LocalDateTime now = LocalDateTime.now(clock);
        List<RefundRequest> due = refunds(dao -> dao.due(now, limit));
        int sent = 0;
        for (RefundRequest refund : due) {
            String reference;
            try {
                reference = gateway.refund(refund);
            } catch (RuntimeException e) {
                failed(refund, e);
                continue;
            }
            // Recording is our database, not the provider: if it fails, the next pass sends the same refund
            // number again and the provider answers with the same refund.
            LocalDateTime sentAt = LocalDateTime.now(clock);
            sent += refunds(dao -> dao.markSent(refund.id(), reference, sentAt));
        }
        return sent;
    }

    private void failed(RefundRequest refund, RuntimeException e) {
        LocalDateTime next = LocalDateTime.now(clock).plus(backoff(refund.attempts()));
        String error = e.toString();
        String shortError = error.substring(0, Math.min(255, error.length()));
        refunds(dao -> dao.retryLater(refund.id(), next, shortError, MAX_ATTEMPTS));
        if (refund.attempts() + 1 >= MAX_ATTEMPTS) {
            log.error(
                    "Refund {} of {} for order {} FAILED after {} attempts; settle it by hand: {}",
                    refund.refundNumber(),
                    refund.amount(),
                    refund.orderNumber(),
                    MAX_ATTEMPTS,
                    error);
        } else {
            log.warn(
                    "Refund {} failed (attempt {}), next try at {}: {}",
                    refund.refundNumber(),
                    refund.attempts() + 1,
                    next,
                    error);
        }
    }

    private <T> T refunds(Function<RefundDao, T> statement) {
        return jdbi.withHandle(handle -> statement.apply(new RefundDao(handle)));
    }

    static Duration backoff(int attemptsSoFar) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }
}
