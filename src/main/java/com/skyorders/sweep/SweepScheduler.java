package com.skyorders.sweep;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sweeps on Quartz, clustered on its JDBC job store in our database: every node starts a scheduler with the
 * same properties, and each trigger fires on exactly one of them. Triggers are created when missing and left alone
 * when unchanged, so a fire missed while every node was down still runs (misfire: fire once now, then proceed).
 * Started and stopped by App; a start-up failure throws, failing the webapp.
 */
public final class SweepScheduler {

    private static final Logger log = LoggerFactory.getLogger(SweepScheduler.class);
    private static final String DATA_SOURCE = "skyOrders";
    private static final String GROUP = "sweeps";

    private final Scheduler scheduler;
    private final List<SweepJob> jobs;

    private SweepScheduler(Scheduler scheduler, List<SweepJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = jobs;
    }

    public static SweepScheduler start(SweepConfig config, DataSource dataSource, CancelUnpaidOrdersJob cancel,
                                       CompleteDeliveringOrdersJob complete, RealertUnacceptedOrdersJob realert)
            throws SchedulerException {
        // Quartz takes our pool by name; the pool itself stays ours to close.
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PooledConnections(dataSource));
        StdSchedulerFactory factory = new StdSchedulerFactory(properties(config));
        Scheduler scheduler = factory.getScheduler();
        List<SweepJob> jobs = List.of(cancel, complete, realert);
        scheduler.setJobFactory(new SweepJobFactory(jobs));
        SweepScheduler sweeps = new SweepScheduler(scheduler, jobs);
        try {
            sweeps.ensure(cancel, config.cancelCron(), config);
            sweeps.ensure(complete, config.completeCron(), config);
            sweeps.ensure(realert, config.realertCron(), config);
            scheduler.start();
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
        log.info("Sweeps scheduled on cluster {} as {}: cancel '{}', complete '{}', realert '{}' ({})",
                config.clusterName(), scheduler.getSchedulerInstanceId(), config.cancelCron(),
                config.completeCron(), config.realertCron(), config.timeZone());
        return sweeps;
    }

    static Properties properties(SweepConfig config) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", config.clusterName());
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializer", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(config.threads()));
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "30000");
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        return p;
    }

    /** Creates the job and trigger if missing; replaces the trigger only when its cron or time zone changed. */
    private void ensure(SweepJob job, String cron, SweepConfig config) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(job.name(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(job.name(), GROUP);
        TimeZone zone = TimeZone.getTimeZone(config.timeZone());
        JobDetail detail = JobBuilder.newJob(job.getClass()).withIdentity(jobKey).storeDurably()
                .requestRecovery(false).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(triggerKey).forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                && current.getTimeZone().getID().equals(zone.getID())) {
            return;
        }
        try {
            if (existing == null) {
                scheduler.scheduleJob(detail, trigger);
            } else {
                scheduler.addJob(detail, true);
                scheduler.rescheduleJob(triggerKey, trigger);
                log.info("Sweep {} rescheduled to '{}' ({})", job.name(), cron, zone.getID());
            }
        } catch (ObjectAlreadyExistsException raced) {
            // Another node created it at the same moment; its definition is the same as ours.
        }
    }

    public List<SweepJob> jobs() {
        return jobs;
    }

    /**
     * Stops within a bound: waits for running sweeps, but gives up after the timeout (a dead database would
     * otherwise hold Quartz's shutdown forever) and leaves the rest to the JVM.
     */
    public void stop(java.time.Duration timeout) {
        Thread stopper = new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                log.warn("Sweep scheduler shutdown failed: {}", e.toString());
            }
        }, "sky-sweeps-shutdown");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("Sweep scheduler did not stop within {}; leaving it to the JVM", timeout);
        }
    }

    /** Our pool as a Quartz connection provider; shutdown is a no-op because App closes the pool. */
    private record PooledConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
