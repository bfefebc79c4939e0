package com.skyorders.bench;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmark, not a test: submit+pay round trips per second against the deployed WAR (embedded Tomcat + MariaDB,
 * as in the ITs), with N concurrent customers. Each round is what a real checkout costs: add a dish to the cart,
 * submit the order, pay it. Run with {@code mvn -Pbench verify} (-Dbench.clients=16 -Dbench.seconds=20).
 */
public final class SubmitPayBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 16);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup", 5));
        Duration measure = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server);
            Shop shop = new Shop(api, server);
            double raw = new RawCommitRate(
                            server.database().jdbcUrl(),
                            server.database().user(),
                            server.database().password())
                    .measure(clients, false, Duration.ofSeconds(3));
            run(shop, api, clients, warmup, "warm-up");
            Result result = run(shop, api, clients, measure, "measure");
            System.out.printf("%nsubmit+pay benchmark: %d clients, %ds%n", clients, measure.toSeconds());
            System.out.printf(
                    "  raw commit rate, two-row transaction, %d connections, same database: %.0f/s%n", clients, raw);
            System.out.printf(
                    "  rounds/s ÷ raw commit rate: %.3f (a round commits 3 transactions: cart, submit, pay)%n",
                    result.rounds / (double) measure.toSeconds() / raw);
            System.out.printf(
                    "  rounds (add+submit+pay): %d, %.1f rounds/s, %.1f requests/s%n",
                    result.rounds,
                    result.rounds / (double) measure.toSeconds(),
                    3 * result.rounds / (double) measure.toSeconds());
            System.out.printf(
                    "  round latency: p50 %.1f ms, p99 %.1f ms; failed rounds: %d%n",
                    result.latency.percentileMillis(50), result.latency.percentileMillis(99), result.failures);
        }
    }

    private record Result(int rounds, int failures, LatencyRecorder latency) {}

    private static Result run(Shop shop, Api api, int clients, Duration duration, String phase) throws Exception {
        LatencyRecorder latency = new LatencyRecorder();
        AtomicInteger failures = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(
                    () -> {
                        Customer customer = shop.newCustomer();
                        long address = shop.addAddress(customer);
                        ready.countDown();
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        while (running.get()) {
                            long began = System.nanoTime();
                            if (round(shop, api, customer, address)) {
                                latency.record(System.nanoTime() - began);
                            } else {
                                failures.incrementAndGet();
                            }
                        }
                    },
                    phase + "-client-" + i);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        start.countDown();
        Thread.sleep(duration.toMillis());
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(latency.count(), failures.get(), latency);
    }

    private static boolean round(Shop shop, Api api, Customer customer, long address) {
        ApiResponse added = api.post("/user/shoppingCart/add", "{\"dishId\":" + Shop.RICE + "}", customer.auth());
        if (added.status() != 200) {
            return false;
        }
        ApiResponse submitted = shop.submit(customer, address, new java.math.BigDecimal("9.00"));
        if (submitted.status() != 200) {
            return false;
        }
        String number = submitted.data().getAsJsonObject().get("orderNumber").getAsString();
        return shop.pay(customer, number).status() == 200;
    }
}
