package com.skyorders.sweep;

import com.skyorders.order.DishSalesDao;
import com.skyorders.order.OrderStatus.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/** Completes orders still 派送中 long after they were placed (daily), setting their delivery time; chunked. */
@DisallowConcurrentExecution
public final class CompleteDeliveringOrdersJob extends SweepJob {

    public static final String NAME = "completeDeliveringOrders";

    private final Duration deliveryTimeout;
    private final int chunk;

    public CompleteDeliveringOrdersJob(Jdbi jdbi, Clock clock, String cluster, Duration deliveryTimeout, int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.deliveryTimeout = deliveryTimeout;
        this.chunk = chunk;
    }

    @Override
    protected int sweep() {
        LocalDateTime cutoff = now().minus(deliveryTimeout);
        return inChunks(chunk, handle -> {
            SweepDao sweeps = new SweepDao(handle);
            List<Long> due = sweeps.lockDue(Transition.COMPLETE, cutoff, chunk);
            if (due.isEmpty()) {
                return 0;
            }
            // Locked above, so every one of them is still 派送中 and changes now, sales counted with it.
            int completed = sweeps.completeDelivering(Transition.COMPLETE, due, now());
            new DishSalesDao(handle).addCompleted(due);
            return completed;
        });
    }
}
