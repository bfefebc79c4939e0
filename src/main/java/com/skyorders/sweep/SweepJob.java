package com.skyorders.sweep;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every sweep does around its work: record the run in sweep_run as it starts and complete it at the end, time it,
 * log one line (job, rows changed, milliseconds), and catch everything — a failed run is logged and retried at the
 * next fire, never thrown at Quartz.
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
        LocalDateTime scheduled = context.getScheduledFireTime() == null
                ? null
                : LocalDateTime.ofInstant(context.getScheduledFireTime().toInstant(), clock.getZone());
        run(instance, scheduled);
    }

    /**
     * Runs one chunk statement again and again, each in its own short transaction (retried by JdbiFactory when
     * InnoDB picks it as a deadlock victim), until a chunk comes back short; returns the rows changed in all.
     */
    protected final int inChunks(int chunk, ToIntFunction<Handle> statement) {
        return untilShort(chunk, () -> jdbi.inTransaction(statement::applyAsInt));
    }

    /** Repeats {@code step} (which handles at most {@code chunk} rows) until it handles fewer; returns the total. */
    protected static int untilShort(int chunk, IntSupplier step) {
        int total = 0;
        int handled;
        do {
            handled = step.getAsInt();
            total += handled;
        } while (handled == chunk);
        return total;
    }

    /** Runs the sweep once outside any trigger (tests, operators); returns the rows changed or -1 on failure. */
    public final int runNow() {
        return run("manual", null);
    }

    private int run(String instance, LocalDateTime scheduledAt) {
        long began = System.nanoTime();
        OptionalLong runId = startRecord(instance, scheduledAt);
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
        String shortError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        int changed = Math.max(rows, 0);
        runId.ifPresent(id -> record(dao -> dao.finishRun(
                id, shortError == null ? "DONE" : "FAILED", changed, millis, shortError, LocalDateTime.now(clock))));
        return rows;
    }

    /** The run's row, written before any work so a run killed half-way leaves a trace (and marks older ones). */
    private OptionalLong startRecord(String instance, LocalDateTime scheduledAt) {
        try {
            return jdbi.withHandle(handle -> {
                SweepDao dao = new SweepDao(handle);
                long id = dao.startRun(cluster, name(), instance, scheduledAt, LocalDateTime.now(clock));
                int died = dao.markDied(cluster, name(), id);
                if (died > 0) {
                    log.warn(
                            "Sweep {}: {} earlier run(s) never finished (their node stopped); marked DIED",
                            name(),
                            died);
                }
                return OptionalLong.of(id);
            });
        } catch (RuntimeException e) {
            log.warn("Could not record the {} run: {}", name(), e.toString());
            return OptionalLong.empty();
        }
    }

    /** The history is for operators: failing to write it never fails the sweep itself. */
    private void record(Consumer<SweepDao> write) {
        try {
            jdbi.useHandle(handle -> write.accept(new SweepDao(handle)));
        } catch (RuntimeException e) {
            log.warn("Could not record the {} run: {}", name(), e.toString());
        }
    }
}
