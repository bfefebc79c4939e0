package com.skyorders.sweep;

import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every sweep does around its work: time it, log one line (job, rows changed, milliseconds), record the run in
 * sweep_run, and catch everything — a failed run is logged and retried at the next fire, never thrown at Quartz.
 */
public abstract class SweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SweepJob.class);

    private final String name;
    protected final Jdbi jdbi;
    private final Clock clock;
    private final String cluster;

    protected SweepJob(String name, Jdbi jdbi, Clock clock, String cluster) {
        this.name = name;
        this.jdbi = jdbi;
        this.clock = clock;
        this.cluster = cluster;
    }

    /** The job's name in Quartz, in the log and in sweep_run. */
    public final String name() {
        return name;
    }

    /** The shop's wall-clock time now (the injected clock, so tests need not wait). */
    protected final LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Changes what is overdue now; returns how many orders it changed (or alerts it raised). */
    protected abstract int sweep();

    @Override
    public final void execute(JobExecutionContext context) {
        String instance;
        try {
            instance = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            instance = "unknown";
        }
        LocalDateTime scheduled = context.getScheduledFireTime() == null ? null
                : LocalDateTime.ofInstant(context.getScheduledFireTime().toInstant(), clock.getZone());
        run(instance, scheduled);
    }

    /**
     * Runs one chunk statement again and again, each in its own short transaction (retried by JdbiFactory when
     * InnoDB picks it as a deadlock victim), until a chunk comes back short; returns the rows changed in all.
     */
    protected final int inChunks(int chunk, java.util.function.ToIntFunction<SweepDao> statement) {
        int total = 0;
        int changed;
        do {
            changed = jdbi.inTransaction(h -> statement.applyAsInt(h.attach(SweepDao.class)));
            total += changed;
        } while (changed == chunk);
        return total;
    }

    /** Runs the sweep once outside any trigger (tests, operators); returns the rows changed or -1 on failure. */
    public final int runNow() {
        return run("manual", null);
    }

    private int run(String instance, LocalDateTime scheduledAt) {
        LocalDateTime started = LocalDateTime.now(clock);
        long began = System.nanoTime();
        int rows = -1;
        String error = null;
        try {
            rows = sweep();
        } catch (RuntimeException e) {
            error = e.toString();
            log.error("Sweep {} failed; it runs again at its next fire", name(), e);
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        if (error == null) {
            log.info("Sweep {}: {} rows changed in {} ms", name(), rows, millis);
        }
        record(instance, scheduledAt, started, Math.max(rows, 0), millis, error);
        return rows;
    }

    private void record(String instance, LocalDateTime scheduledAt, LocalDateTime started, int rows, long millis,
                        String error) {
        String shortError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        try {
            jdbi.useExtension(SweepDao.class, dao -> dao.recordRun(cluster, name(), instance, scheduledAt, started,
                    rows, millis, shortError));
        } catch (RuntimeException e) {
            log.warn("Could not record the {} run: {}", name(), e.toString());
        }
    }
}
