package com.skyorders.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
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
        RefundDao refunds = jdbi.onDemand(RefundDao.class);
        List<RefundRequest> due = refunds.due(LocalDateTime.now(clock), limit);
        int sent = 0;
        for (RefundRequest refund : due) {
            try {
                String reference = gateway.refund(refund);
                sent += refunds.markSent(refund.id(), reference, LocalDateTime.now(clock));
            } catch (RuntimeException e) {
                LocalDateTime next = LocalDateTime.now(clock).plus(backoff(refund.attempts()));
                log.warn("Refund {} failed (attempt {}), next try at {}: {}", refund.refundNumber(),
                        refund.attempts() + 1, next, e.toString());
                String error = e.toString();
                refunds.retryLater(refund.id(), next, error.substring(0, Math.min(255, error.length())));
            }
        }
        return sent;
    }

    static Duration backoff(int attemptsSoFar) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar, 20));
        return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
    }
}
