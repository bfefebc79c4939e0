package com.skyorders.sweep;

import com.skyorders.config.SweepConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.quartz.CronScheduleBuilder;
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

    /** A job and the cron it runs on. */
    public record Scheduled(SweepJob job, String cron) {}

    public static SweepScheduler start(SweepConfig config, DataSource dataSource, List<Scheduled> schedule)
            throws SchedulerException {
        // Quartz takes our pool by name; the pool itself stays ours to close.
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PooledConnections(dataSource));
        StdSchedulerFactory factory = new StdSchedulerFactory(properties(config));
        Scheduler scheduler = factory.getScheduler();
        List<SweepJob> jobs = schedule.stream().map(Scheduled::job).toList();
        scheduler.setJobFactory(new SweepJobFactory(jobs));
        SweepScheduler sweeps = new SweepScheduler(scheduler, jobs);
        try {
            try (ScheduleLock lock = ScheduleLock.take(dataSource, config.clusterName())) {
                for (Scheduled scheduled : schedule) {
                    sweeps.ensure(scheduled.job(), scheduled.cron(), config);
                }
            }
            scheduler.start();
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
        log.info(
                "Sweeps scheduled on cluster {} as {}: {} ({})",
                config.clusterName(),
                scheduler.getSchedulerInstanceId(),
                schedule.stream()
                        .map(s -> s.job().name() + " '" + s.cron() + "'")
                        .toList(),
                config.timeZone());
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

    /**
     * Creates the job and its trigger if missing. The trigger's name carries a digest of its cron and time zone, so a
     * node that starts with a new cron adds a new trigger and unschedules the old one, rather than rewriting a
     * trigger another node may hold ACQUIRED (Quartz would then store that node's in-memory copy, old cron and all,
     * back over ours). An unchanged trigger is left alone, so a misfire survives restarts.
     */
    private void ensure(SweepJob job, String cron, SweepConfig config) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(job.name(), GROUP);
        TimeZone zone = TimeZone.getTimeZone(config.timeZone());
        TriggerKey triggerKey = TriggerKey.triggerKey(triggerName(job.name(), cron, zone.getID()), GROUP);
        JobDetail detail = JobBuilder.newJob(job.getClass())
                .withIdentity(jobKey)
                .storeDurably()
                .requestRecovery(false)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey)
                .forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron)
                        .inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        try {
            scheduler.addJob(detail, true);
        } catch (ObjectAlreadyExistsException raced) {
            // Another node stored the same definition at the same moment.
        }
        if (!scheduler.checkExists(triggerKey)) {
            try {
                scheduler.scheduleJob(trigger);
                log.info("Sweep {} scheduled at '{}' ({})", job.name(), cron, zone.getID());
            } catch (ObjectAlreadyExistsException raced) {
                // Another node with the same cron created it at the same moment.
            }
        }
        for (Trigger other : scheduler.getTriggersOfJob(jobKey)) {
            if (!other.getKey().equals(triggerKey) && scheduler.unscheduleJob(other.getKey())) {
                log.info(
                        "Sweep {}: trigger {} of an earlier cron removed",
                        job.name(),
                        other.getKey().getName());
            }
        }
    }

    static String triggerName(String job, String cron, String zone) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((cron + "|" + zone).getBytes(StandardCharsets.UTF_8));
            return job + "@" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    public List<SweepJob> jobs() {
        return jobs;
    }

    /**
     * Stops within a bound: waits for running sweeps, but gives up after the timeout (a dead database would
     * otherwise hold Quartz's shutdown forever) and leaves the rest to the JVM.
     */
    public void stop(Duration timeout) {
        Thread stopper = new Thread(
                () -> {
                    try {
                        scheduler.shutdown(true);
                    } catch (SchedulerException e) {
                        log.warn("Sweep scheduler shutdown failed: {}", e.toString());
                    }
                },
                "sky-sweeps-shutdown");
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

    /**
     * A database-wide named lock (GET_LOCK) held while a node writes its triggers: two nodes starting at once with
     * different crons would otherwise each unschedule the other's trigger and leave none. The last node to start
     * decides the schedule.
     */
    private record ScheduleLock(Connection connection, String name) implements AutoCloseable {

        static ScheduleLock take(DataSource dataSource, String cluster) {
            String name = "sky-sweeps-schedule:" + cluster;
            try {
                Connection connection = dataSource.getConnection();
                try (var statement = connection.prepareStatement("SELECT GET_LOCK(?, 30)")) {
                    statement.setString(1, name);
                    try (var result = statement.executeQuery()) {
                        if (!result.next() || result.getInt(1) != 1) {
                            connection.close();
                            throw new IllegalStateException("another node held " + name + " for 30 s");
                        }
                    }
                }
                return new ScheduleLock(connection, name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take " + name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try (connection;
                    var statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                statement.setString(1, name);
                statement.execute();
            } catch (SQLException e) {
                log.warn("Releasing {} failed (it ends with the connection): {}", name, e.toString());
            }
        }
    }

    /** Our pool as a Quartz connection provider; shutdown is a no-op because App closes the pool. */
    private record PooledConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }
}
