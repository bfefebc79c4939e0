package com.skyorders.sweep;

import com.skyorders.payment.RefundSender;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/** Every few seconds, on one node: sends the refunds the outbox holds (see {@link RefundSender}). */
@DisallowConcurrentExecution
public final class SendRefundsJob extends SweepJob {

    public static final String NAME = "sendRefunds";

    private final RefundSender sender;
    private final int chunk;

    public SendRefundsJob(Jdbi jdbi, Clock clock, String cluster, RefundSender sender, int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.sender = sender;
        this.chunk = chunk;
    }

    @Override
    protected int sweep() {
        return untilShort(chunk, () -> sender.sendDue(chunk));
    }
}
