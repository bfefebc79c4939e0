package com.skyorders.bench;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark, not a test: latency from a payment request leaving the caller to its 来单提醒 frame arriving at each
 * console, and payment requests/s, for 1/50/200 consoles × 1/16/64 callers.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.AlertLatencyBenchmark -Dbench.seconds=5}
 */
public final class AlertLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(Integer.getInteger("bench.seconds", 5));
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server);
            Shop shop = new Shop(api, server);
            String staffToken = shop.staff()[1];
            System.out.printf("%nalert latency (request sent → frame received), %ds per cell%n", duration.toSeconds());
            System.out.println("consoles | callers | payments/s | p50 ms | p99 ms | frames checked | missing");
            for (int consoles : new int[] {1, 50, 200}) {
                for (int callers : new int[] {1, 16, 64}) {
                    run(server, shop, staffToken, consoles, callers, duration);
                }
            }
        }
    }

    private static void run(TestServer server, Shop shop, String staffToken, int consoleCount, int callers,
                            Duration duration) throws Exception {
        List<Console> consoles = new ArrayList<>();
        for (int i = 0; i < consoleCount; i++) {
            consoles.add(Console.withToken(server, staffToken, "bench-" + i));
        }
        Thread.sleep(1000);
        Customer customer = shop.newCustomer();
        ConcurrentLinkedQueue<String> numbers = new ConcurrentLinkedQueue<>(shop.insertOrders(customer, 4000, 1));
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger paid = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            Thread thread = new Thread(() -> {
                String number;
                while (running.get() && (number = numbers.poll()) != null) {
                    sentAt.put(number, System.nanoTime());
                    if (shop.pay(customer, number).status() == 200) {
                        paid.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        LatencyRecorder latency = new LatencyRecorder();
        int expected = paid.get();
        int missing = 0;
        for (Console console : consoles) {
            List<JsonObject> frames = console.await(expected, Duration.ofSeconds(30));
            missing += Math.max(0, expected - frames.size());
            for (JsonObject frame : frames) {
                String number = frame.get("content").getAsString().substring("订单号：".length());
                Long sent = sentAt.get(number);
                if (sent != null) {
                    latency.record(frame.get(Console.RECEIVED_NANOS).getAsLong() - sent);
                }
            }
            console.close();
        }
        System.out.printf("%8d | %7d | %10.1f | %6.1f | %6.1f | %14d | %d%n", consoleCount, callers,
                expected / (double) duration.toSeconds(), latency.percentileMillis(50),
                latency.percentileMillis(99), latency.count(), missing);
    }
}
