package com.skyorders;

import com.skyorders.config.AppConfig;
import com.skyorders.config.SweepConfig;
import com.skyorders.sweep.CancelUnpaidOrdersJob;
import com.skyorders.sweep.CompleteDeliveringOrdersJob;
import com.skyorders.sweep.PurgeExpiredRecordsJob;
import com.skyorders.sweep.RealertUnacceptedOrdersJob;
import com.skyorders.sweep.SendRefundsJob;
import com.skyorders.sweep.SweepScheduler;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Every timeout sweep with its cron, built from the configuration and the services (App starts them). */
final class SweepSchedule {

    private SweepSchedule() {}

    static List<SweepScheduler.Scheduled> of(AppConfig config, Jdbi jdbi, Clock clock, Services s) {
        SweepConfig sweeps = config.sweeps();
        String cluster = sweeps.clusterName();
        return List.of(
                new SweepScheduler.Scheduled(
                        new CancelUnpaidOrdersJob(jdbi, clock, cluster, config.payTimeout(), sweeps.chunk()),
                        sweeps.cancelCron()),
                new SweepScheduler.Scheduled(
                        new CompleteDeliveringOrdersJob(jdbi, clock, cluster, sweeps.deliveryTimeout(), sweeps.chunk()),
                        sweeps.completeCron()),
                new SweepScheduler.Scheduled(
                        new RealertUnacceptedOrdersJob(
                                jdbi,
                                clock,
                                cluster,
                                s.alerts(),
                                sweeps.realertAfter(),
                                sweeps.realertRepeat(),
                                sweeps.realertMax(),
                                sweeps.chunk()),
                        sweeps.realertCron()),
                new SweepScheduler.Scheduled(
                        new PurgeExpiredRecordsJob(jdbi, clock, cluster, s.tokens(), s.throttle(), sweeps.chunk()),
                        sweeps.purgeCron()),
                new SweepScheduler.Scheduled(
                        new SendRefundsJob(jdbi, clock, cluster, s.refundSender(), sweeps.chunk()),
                        sweeps.refundCron()));
    }
}
