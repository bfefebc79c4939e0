package com.skyorders.sweep;

import com.skyorders.order.OrderStatus;
import com.skyorders.outbox.AlertPublisher;
import com.skyorders.outbox.AlertType;
import com.skyorders.outbox.UrgentNewOrderDetails;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/**
 * Rings again (急·待接单) for paid orders nobody has accepted: first {@code after} the checkout, then every
 * {@code repeat}, at most {@code maxRealerts} times, so an unattended shop keeps ringing. Each alert is published
 * under the order's row lock after re-checking it is still 待接单, so an order accepted meanwhile stays quiet.
 */
@DisallowConcurrentExecution
public final class RealertUnacceptedOrdersJob extends SweepJob {

    public static final String NAME = "realertUnacceptedOrders";

    private final AlertPublisher alerts;
    private final Duration after;
    private final Duration repeat;
    private final int maxRealerts;
    private final int chunk;

    public RealertUnacceptedOrdersJob(
            Jdbi jdbi,
            Clock clock,
            String cluster,
            AlertPublisher alerts,
            Duration after,
            Duration repeat,
            int maxRealerts,
            int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.alerts = alerts;
        this.after = after;
        this.repeat = repeat;
        this.maxRealerts = maxRealerts;
        this.chunk = chunk;
    }

    /**
     * Chunk after chunk until none is due: every order raised in one chunk is no longer due (it was alerted just now,
     * or it is no longer 待接单), so the loop ends, however many orders wait.
     */
    @Override
    protected int sweep() {
        int raised = 0;
        List<UnacceptedOrder> due;
        do {
            LocalDateTime now = now();
            due = jdbi.withHandle(handle ->
                    new SweepDao(handle).dueForRealert(now.minus(after), now.minus(repeat), maxRealerts, chunk));
            for (UnacceptedOrder order : due) {
                raised += realert(order, now);
            }
        } while (due.size() == chunk);
        return raised;
    }

    private int realert(UnacceptedOrder order, LocalDateTime now) {
        return jdbi.inTransaction(handle -> {
            SweepDao sweeps = new SweepDao(handle);
            if (sweeps.lockStatus(order.id()) != OrderStatus.TO_BE_CONFIRMED.code()
                    || sweeps.realertsOf(order.id()) >= maxRealerts) {
                return 0;
            }
            UrgentNewOrderDetails details = new UrgentNewOrderDetails(
                    order.id(),
                    order.number(),
                    order.amount(),
                    order.consignee(),
                    order.phone(),
                    order.checkoutTime(),
                    Duration.between(order.checkoutTime(), now).toMinutes());
            alerts.publish(handle, AlertType.URGENT_NEW_ORDER, order.id(), order.number(), details);
            return 1;
        });
    }
}
