package com.skyorders.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time from /proc: this JVM (Tomcat runs embedded in it) and the database server process, in seconds. The
 * benchmark's own client threads run in this JVM too; their time is measured per thread and taken off, so what is
 * left is the server side.
 */
final class ProcessCpu {

    private static final double TICKS = 100.0; // USER_HZ on Linux
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Optional<Long> databasePid;

    /** {@code jdbcUrl}: the database's port picks its server process when several run on this machine. */
    ProcessCpu(String jdbcUrl) {
        java.util.regex.Matcher port =
                java.util.regex.Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
        this.databasePid = findDatabase(port.find() ? port.group(1) : "3306");
    }

    record Sample(double jvm, double database, double client) {
        Sample minus(Sample earlier) {
            return new Sample(jvm - earlier.jvm, database - earlier.database, client - earlier.client);
        }

        double server() {
            return jvm - client + database;
        }
    }

    Sample sample() {
        return new Sample(
                seconds(ProcessHandle.current().pid()),
                databasePid.map(ProcessCpu::seconds).orElse(0.0),
                clientSeconds());
    }

    boolean seesDatabase() {
        return databasePid.isPresent();
    }

    /** Client threads: the benchmark's callers, the HTTP client's and the WebSocket client's threads. */
    private static double clientSeconds() {
        long nanos = 0;
        for (var info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && isClient(info.getThreadName())) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                nanos += Math.max(0, cpu);
            }
        }
        return nanos / 1e9 + FinishedClients.seconds();
    }

    static boolean isClient(String name) {
        return name.startsWith("bench-") || name.startsWith("HttpClient") || name.startsWith("WebSocketClient");
    }

    /** Caller threads report their own CPU time as they finish, so it is not lost with the thread. */
    static final class FinishedClients {
        private static final java.util.concurrent.atomic.DoubleAdder SECONDS =
                new java.util.concurrent.atomic.DoubleAdder();

        static void add() {
            SECONDS.add(THREADS.getCurrentThreadCpuTime() / 1e9);
        }

        static double seconds() {
            return SECONDS.sum();
        }
    }

    /** CPU seconds per thread name of this JVM (digits folded), from /proc: JIT and GC threads included. */
    static java.util.Map<String, Double> byThread() {
        java.util.Map<String, Double> seconds = new java.util.TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                            .replaceAll("\\d+", "N");
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    seconds.merge(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS, Double::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            });
        } catch (IOException e) {
            return seconds;
        }
        return seconds;
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static Optional<Long> findDatabase(String port) {
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info()
                            .command()
                            .map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd"))
                            .orElse(false))
                    .filter(p -> servesPort(p.pid(), port))
                    .map(ProcessHandle::pid)
                    .findFirst();
        }
    }

    private static boolean servesPort(long pid, String port) {
        try {
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"))
                    .replace('\0', ' ');
            return cmdline.contains("--port=" + port) || (port.equals("3306") && !cmdline.contains("--port="));
        } catch (IOException e) {
            return false;
        }
    }
}
