package com.skyorders.bench;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark, not a test: 客户催单 end to end. Per cell, N merchant consoles and C concurrent callers send
 * {@code bench.reminders} reminders (2 000), each on a distinct paid order; it prints reminders/s, the ratio to the
 * raw commit rate of a two-row transaction measured first on the same MariaDB at C connections, frame latency from
 * request sent to frame received (every console), frames lost or duplicated or out of order, and server CPU seconds
 * (Tomcat + database, from /proc, the in-process client's threads taken off) per 1 000 reminders.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.AlertLatencyBenchmark}
 */
public final class AlertLatencyBenchmark {

    private static final int[][] CELLS = java.util.Arrays.stream(
                    System.getProperty("bench.cells", "1x1,1x64,50x64").split(","))
            .map(c -> java.util.Arrays.stream(c.split("x"))
                    .mapToInt(Integer::parseInt)
                    .toArray())
            .toArray(int[][]::new);

    public static void main(String[] args) throws Exception {
        int reminders = Integer.getInteger("bench.reminders", 2000);
        Duration rawDuration = Duration.ofSeconds(Integer.getInteger("bench.rawSeconds", 3));
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server);
            Shop shop = new Shop(api, server);
            String staffToken = shop.staffToken();
            RawCommitRate raw = new RawCommitRate(
                    server.database().jdbcUrl(),
                    server.database().user(),
                    server.database().password());
            Map<Integer, Double> rawRate = new java.util.TreeMap<>();
            System.out.printf(
                    "%nraw commit rate, two-row transaction, plain JDBC, %ds each%n", rawDuration.toSeconds());
            for (int connections : new int[] {1, 16, 64}) {
                rawRate.put(connections, raw.measure(connections, false, rawDuration));
                System.out.printf("  %2d connections: %7.0f commits/s%n", connections, rawRate.get(connections));
            }
            System.out.printf(
                    "  64 connections, each first updating one shared row: %7.0f commits/s%n",
                    raw.measure(64, true, rawDuration));
            ProcessCpu cpu = new ProcessCpu(server.database().jdbcUrl());
            // Warm-up, not printed: on this machine the JIT keeps compiling Tomcat, Jdbi and the driver for tens of
            // thousands of requests, and a cold JVM's CPU per reminder is several times its steady state.
            for (int i = 0; i < Integer.getInteger("bench.warmupCells", 4); i++) {
                run(server, shop, staffToken, cpu, 10, 16, reminders);
            }
            System.out.printf(
                    "%nreminders: %d per cell, each on a distinct paid order; CPU = Tomcat + database%s%n",
                    reminders, cpu.seesDatabase() ? "" : " (database process not found: Tomcat only)");
            System.out.println("consoles × callers | reminders/s | × raw | frame p50 ms | p99 ms | lost | dup | "
                    + "out of order | failed | CPU s/1000 (db)");
            for (int[] cell : CELLS) {
                Result r = run(server, shop, staffToken, cpu, cell[0], cell[1], reminders);
                System.out.printf(
                        "%8d × %-7d | %11.0f | %5.2f | %12.2f | %6.2f | %4d | %3d | %12d | %6d | %.3f (%.3f)%n",
                        cell[0],
                        cell[1],
                        r.perSecond,
                        r.perSecond / rawRate.get(Math.min(64, cell[1] <= 1 ? 1 : cell[1] <= 16 ? 16 : 64)),
                        r.p50,
                        r.p99,
                        r.lost,
                        r.duplicates,
                        r.outOfOrder,
                        r.failed,
                        r.cpu.server() * 1000 / Math.max(1, r.accepted),
                        r.cpu.database() * 1000 / Math.max(1, r.accepted));
            }
        }
    }

    private record Result(
            double perSecond,
            int accepted,
            int failed,
            double p50,
            double p99,
            int lost,
            int duplicates,
            int outOfOrder,
            ProcessCpu.Sample cpu) {}

    private static Result run(
            TestServer server,
            Shop shop,
            String staffToken,
            ProcessCpu cpu,
            int consoleCount,
            int callers,
            int reminders)
            throws Exception {
        List<Console> consoles = new ArrayList<>();
        for (int i = 0; i < consoleCount; i++) {
            // One sign-in per screen, as a shop has: a sign-in holds at most sky.ws.maxPerSignIn sockets.
            consoles.add(Console.withToken(server, i == 0 ? staffToken : shop.staffToken(), "bench-" + i));
        }
        Customer customer = shop.newCustomer();
        List<Long> orderIds = shop.idsOf(shop.insertOrders(customer, reminders, 2));
        Thread.sleep(1000); // consoles anchored, the set-up's commits flushed
        ConcurrentLinkedQueue<Long> todo = new ConcurrentLinkedQueue<>(orderIds);
        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        Long orderId;
                        while ((orderId = todo.poll()) != null) {
                            sentAt.put(orderId, System.nanoTime());
                            var response = shop.api().get("/user/order/reminder/" + orderId, customer.auth());
                            if (response.status() == 200 && response.code() == 1) {
                                accepted.incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                        ProcessCpu.FinishedClients.add();
                    },
                    "bench-caller-" + i);
            threads.add(thread);
            thread.start();
        }
        ProcessCpu.Sample before = cpu.sample();
        Map<String, Double> threadsBefore = ProcessCpu.byThread();
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        LatencyRecorder latency = new LatencyRecorder();
        int lost = 0;
        int duplicates = 0;
        int outOfOrder = 0;
        for (Console console : consoles) {
            List<JsonObject> frames = new ArrayList<>(console.await(accepted.get(), Duration.ofSeconds(60)));
            frames.addAll(console.drain(Duration.ofMillis(200)));
            Set<Long> seen = new HashSet<>();
            long lastId = 0;
            for (JsonObject frame : frames) {
                if (frame.get("type").getAsInt() != 2) {
                    continue;
                }
                long orderId = frame.get("orderId").getAsLong();
                if (!seen.add(orderId)) {
                    duplicates++;
                }
                long id = frame.get("id").getAsLong();
                if (id <= lastId) {
                    outOfOrder++;
                }
                lastId = Math.max(lastId, id);
                Long sent = sentAt.get(orderId);
                if (sent != null) {
                    latency.record(frame.get(Console.RECEIVED_NANOS).getAsLong() - sent);
                }
            }
            lost += Math.max(0, accepted.get() - seen.size());
            console.close();
        }
        ProcessCpu.Sample used = cpu.sample().minus(before);
        if (Boolean.getBoolean("bench.threads")) {
            Map<String, Double> after = ProcessCpu.byThread();
            System.out.printf("  %d×%d CPU by thread (s):", consoleCount, callers);
            after.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - threadsBefore.getOrDefault(e.getKey(), 0.0)))
                    .filter(e -> e.getValue() > 0.05)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(10)
                    .forEach(e -> System.out.printf(" %s=%.2f", e.getKey(), e.getValue()));
            System.out.println();
        }
        return new Result(
                accepted.get() / seconds,
                accepted.get(),
                failed.get(),
                latency.percentileMillis(50),
                latency.percentileMillis(99),
                lost,
                duplicates,
                outOfOrder,
                used);
    }
}
