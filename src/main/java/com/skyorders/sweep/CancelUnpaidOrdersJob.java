package com.skyorders.sweep;

import com.skyorders.order.OrderStatus.Transition;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/**
 * Cancels orders left unpaid past the pay timeout: "订单超时，自动取消". Set-based and chunked — each statement is
 * {@code UPDATE … WHERE status IN (待付款) AND order_time < ? LIMIT n}, committed on its own — so it never holds many
 * row locks and never overwrites a payment that committed first.
 */
@DisallowConcurrentExecution
public final class CancelUnpaidOrdersJob extends SweepJob {

    public static final String NAME = "cancelUnpaidOrders";
    public static final String REASON = "订单超时，自动取消";

    private final Duration payTimeout;
    private final int chunk;

    public CancelUnpaidOrdersJob(Jdbi jdbi, Clock clock, String cluster, Duration payTimeout, int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.payTimeout = payTimeout;
        this.chunk = chunk;
    }

    @Override
    protected int sweep() {
        LocalDateTime cutoff = now().minus(payTimeout);
        // Each chunk stamps its own time: a long run does not pretend every order was cancelled at its start.
        return inChunks(
                chunk, handle -> new SweepDao(handle).cancelUnpaid(Transition.EXPIRE, cutoff, REASON, now(), chunk));
    }
}
