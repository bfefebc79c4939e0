package com.skyorders.bench;

import com.skyorders.testing.Api;
import com.skyorders.testing.Shop;
import com.skyorders.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark, not a test: every 工作台 and 数据统计 endpoint over a real shop's history — N orders (default 100 000)
 * spread over the last year, each with two lines, and 20 000 customers — timed over real HTTP, p50/p99 per endpoint.
 * {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.ReportBenchmark} (other sizes: add
 * {@code -Dbench.jvmArgs=-Dbench.orders=20000}; the bench profile forwards no other property to this JVM)
 */
public final class ReportBenchmark {

    private static final ZoneId SHOP = ZoneId.of("Asia/Shanghai");
    private static final String[] DISHES = {
        "宫保鸡丁", "米饭", "北冰洋", "酸梅汤", "水煮鱼", "麻婆豆腐", "回锅肉", "鱼香肉丝", "清炒时蔬", "蛋炒饭", "酸辣汤", "红烧肉"
    };

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("bench.orders", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 50);
        try (TestServer server = TestServer.start()) {
            Api api = new Api(server);
            Shop shop = new Shop(api, server);
            long seeded = System.nanoTime();
            seed(server, orders);
            System.out.printf(
                    "%nseeded %d orders over a year in %d ms%n", orders, (System.nanoTime() - seeded) / 1_000_000);
            String[] staff = shop.staff();
            LocalDate today = LocalDate.now(SHOP);
            String month = "?begin=" + today.minusDays(30) + "&end=" + today.minusDays(1);
            String year = "?begin=" + today.minusDays(365) + "&end=" + today;
            List<String> endpoints = List.of(
                    "/admin/workspace/businessData",
                    "/admin/workspace/overviewOrders",
                    "/admin/workspace/overviewDishes",
                    "/admin/workspace/overviewSetmeals",
                    "/admin/report/turnoverStatistics" + month,
                    "/admin/report/userStatistics" + month,
                    "/admin/report/ordersStatistics" + month,
                    "/admin/report/top10" + month,
                    "/admin/report/turnoverStatistics" + year,
                    "/admin/report/userStatistics" + year,
                    "/admin/report/ordersStatistics" + year,
                    "/admin/report/top10" + year,
                    "/admin/report/export");
            System.out.printf(
                    "%-62s %8s %8s%n", "endpoint (" + rounds + " calls each, after 5 warm-up)", "p50 ms", "p99 ms");
            for (String endpoint : endpoints) {
                List<Long> micros = new ArrayList<>();
                for (int i = 0; i < rounds + 5; i++) {
                    long started = System.nanoTime();
                    HttpResponse<byte[]> response = server.http()
                            .send(api.request(endpoint, staff).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(endpoint + " answered " + response.statusCode());
                    }
                    if (i >= 5) {
                        micros.add((System.nanoTime() - started) / 1000);
                    }
                }
                micros.sort(Long::compare);
                System.out.printf(
                        "%-62s %8.1f %8.1f%n",
                        endpoint,
                        micros.get(micros.size() / 2) / 1000.0,
                        micros.get((int) Math.ceil(micros.size() * 0.99) - 1) / 1000.0);
            }
        }
    }

    private static void seed(TestServer server, int orders) {
        Random random = new Random(42);
        LocalDateTime now = LocalDateTime.now(SHOP);
        server.jdbi().useHandle(h -> {
            PreparedBatch users = h.prepareBatch("INSERT INTO user (openid, name, create_time) VALUES (:o, 'b', :t)");
            for (int i = 0; i < 20_000; i++) {
                users.bind("o", "bench-" + i)
                        .bind("t", now.minusMinutes(random.nextInt(365 * 24 * 60)))
                        .add();
            }
            users.execute();
            long firstId = -1;
            for (int start = 0; start < orders; start += 5000) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO orders (number, status, user_id, address_book_id, "
                        + "order_time, pay_method, pay_status, amount) VALUES (:n, :s, 1, 1, :t, 1, 1, :a)");
                for (int i = start; i < Math.min(orders, start + 5000); i++) {
                    int roll = random.nextInt(100);
                    // 80 % delivered (completed below by the sweep, as in production), 10 % cancelled, 10 % open.
                    int status = roll < 80 ? 4 : roll < 90 ? 6 : 2 + random.nextInt(2);
                    batch.bind("n", "BENCH" + i)
                            .bind("s", status)
                            .bind("t", now.minusMinutes(random.nextInt(365 * 24 * 60)))
                            .bind("a", 10 + random.nextInt(200))
                            .add();
                }
                batch.execute();
            }
            h.execute("INSERT INTO order_detail (name, order_id, dish_id, number, amount) "
                    + "SELECT ELT(1 + (id % 12), "
                    + String.join(
                            ",",
                            java.util.Arrays.stream(DISHES)
                                    .map(d -> "'" + d + "'")
                                    .toList()) + "), id, 66, 1 + (id % 3), 10 FROM orders WHERE number LIKE 'BENCH%'");
            h.execute("INSERT INTO order_detail (name, order_id, dish_id, number, amount) "
                    + "SELECT ELT(1 + ((id * 7) % 12), "
                    + String.join(
                            ",",
                            java.util.Arrays.stream(DISHES)
                                    .map(d -> "'" + d + "'")
                                    .toList()) + "), id, 66, 1, 2 FROM orders WHERE number LIKE 'BENCH%'");
        });
        long completed = System.nanoTime();
        System.out.printf(
                "%ncompleteDeliveringOrders completed %d orders in %d ms%n",
                server.runSweep("completeDeliveringOrders"), (System.nanoTime() - completed) / 1_000_000);
        server.jdbi().useHandle(h -> h.execute("ANALYZE TABLE orders, order_detail, user, dish_sales_day"));
    }
}
