package com.skyorders.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/** Completes orders still 派送中 long after they were placed (daily), setting their delivery time; chunked. */
@DisallowConcurrentExecution
public final class CompleteDeliveringOrdersJob extends SweepJob {

    public static final String NAME = "completeDeliveringOrders";

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration deliveryTimeout;
    private final int chunk;

    public CompleteDeliveringOrdersJob(Jdbi jdbi, Clock clock, String cluster, Duration deliveryTimeout,
                                       int chunk) {
        super(jdbi, clock, cluster);
        this.jdbi = jdbi;
        this.clock = clock;
        this.deliveryTimeout = deliveryTimeout;
        this.chunk = chunk;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    protected int sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime cutoff = now.minus(deliveryTimeout);
        return inChunks(jdbi, chunk, dao -> dao.completeDelivering(cutoff, now, chunk));
    }
}
