package com.skyorders.bench;

import com.skyorders.testing.Api;
import com.skyorders.testing.Shop;
import com.skyorders.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Benchmark, not a test: the customer's menu lists with and without the per-node cache, in the same run — the same
 * WAR deployed twice on one Tomcat, at / (cache on) and at /uncached ({@code sky.menu.cacheCheck=PT0S}) — over a
 * menu of 30 dish categories × 30 dishes (3 flavours each) and 50 set meals (5 categories × 10, 3 dishes each); then
 * the admin's page endpoints with 1 000 dishes. {@code mvn -Pbench verify -Dbench.main=com.skyorders.bench.MenuBenchmark}
 */
public final class MenuBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 600);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

    public static void main(String[] args) throws Exception {
        try (TestServer server = TestServer.start()) {
            Shop shop = new Shop(new Api(server), server);
            List<Long> dishCategories = seed(server);
            server.deployExtra("/uncached", Map.of("sky.menu.cacheCheck", "PT0S"));
            String token = shop.newCustomer().token();
            System.out.printf("%nmenu: 30 categories x 30 dishes (3 flavours each) + 100 more dishes, 50 set meals%n");
            System.out.printf(
                    "%-44s %9s %9s %12s%n",
                    "endpoint (all categories in turn)", "p50 ms", "p99 ms", CLIENTS + " clients/s");
            for (String base : List.of("", "/uncached")) {
                String label = base.isEmpty() ? "cached" : "uncached";
                List<String> dishUrls = new ArrayList<>();
                for (long c : dishCategories) {
                    dishUrls.add(server.baseUrl() + base + "/user/dish/list?categoryId=" + c);
                }
                List<String> setmealUrls = new ArrayList<>();
                for (long c = 1001; c <= 1005; c++) {
                    setmealUrls.add(server.baseUrl() + base + "/user/setmeal/list?categoryId=" + c);
                }
                report(server, "/user/dish/list, " + label, dishUrls, "authentication", token);
                report(server, "/user/setmeal/list, " + label, setmealUrls, "authentication", token);
            }
            String[] staff = shop.staff();
            System.out.printf("%nadmin pages with 1 000 dishes (one client)%n");
            for (String path : List.of(
                    "/admin/dish/page?page=1&pageSize=10&name=&categoryId=&status=",
                    "/admin/dish/page?page=50&pageSize=10&name=&categoryId=&status=",
                    "/admin/dish/page?page=1&pageSize=10&name=%E8%8F%9C15&categoryId=&status=",
                    "/admin/dish/page?page=1&pageSize=10&name=&categoryId=" + dishCategories.get(7) + "&status=1",
                    "/admin/setmeal/page?page=1&pageSize=10&name=&categoryId=&status=",
                    "/admin/category/page?page=1&pageSize=10&name=&type=",
                    "/admin/category/list?type=1",
                    "/admin/dish/list?categoryId=" + dishCategories.get(3),
                    "/admin/dish/1500")) {
                report(server, path, List.of(server.baseUrl() + path), staff[0], staff[1]);
            }
        }
    }

    private static void report(TestServer server, String label, List<String> urls, String header, String value)
            throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 50; i++) {
            long started = System.nanoTime();
            get(server, urls.get(i % urls.size()), header, value);
            if (i >= 50) {
                micros.add((System.nanoTime() - started) / 1_000);
            }
        }
        Collections.sort(micros);
        double throughput = urls.size() > 1 || label.startsWith("/user") ? throughput(server, urls, header, value) : 0;
        System.out.printf(
                "%-44s %9.2f %9.2f %12s%n",
                label,
                micros.get(micros.size() / 2) / 1000.0,
                micros.get(micros.size() * 99 / 100) / 1000.0,
                throughput == 0 ? "-" : "%.0f".formatted(throughput));
    }

    /** Requests per second from CLIENTS threads over 3 s. */
    private static double throughput(TestServer server, List<String> urls, String header, String value)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> counts = new ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int offset = t;
            counts.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get()) {
                    get(server, urls.get((offset + n) % urls.size()), header, value);
                    n++;
                }
                return n;
            }));
        }
        Thread.sleep(3000);
        stop.set(true);
        int total = 0;
        for (Future<Integer> count : counts) {
            total += count.get();
        }
        pool.shutdown();
        return total / 3.0;
    }

    private static void get(TestServer server, String url, String header, String value) throws Exception {
        HttpResponse<String> response = server.http()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header(header, value)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"code\":1")) {
            throw new IllegalStateException(url + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Dish categories 1101–1130 (30 dishes, 3 flavours each; 100 more in the first), set-meal categories 1001–1005. */
    private static List<Long> seed(TestServer server) {
        LocalDateTime now = LocalDateTime.now();
        List<Long> dishCategories = new ArrayList<>();
        server.jdbi().useTransaction(h -> {
            PreparedBatch categories = h.prepareBatch("INSERT INTO category (id, type, name, sort, status, "
                    + "create_time, update_time, create_user, update_user) VALUES (:id, :type, :name, :id, 1, :now, "
                    + ":now, 1, 1)");
            for (int c = 1; c <= 30; c++) {
                dishCategories.add(1100L + c);
                categories
                        .bind("id", 1100 + c)
                        .bind("type", 1)
                        .bind("name", "分类" + c)
                        .bind("now", now)
                        .add();
            }
            for (int c = 1; c <= 5; c++) {
                categories
                        .bind("id", 1000 + c)
                        .bind("type", 2)
                        .bind("name", "套餐分类" + c)
                        .bind("now", now)
                        .add();
            }
            categories.execute();
            PreparedBatch dishes = h.prepareBatch("INSERT INTO dish (id, name, category_id, price, image, "
                    + "description, status, create_time, update_time, create_user, update_user) VALUES (:id, :name, "
                    + ":category, 18.50, 'http://127.0.0.1/images/x.png', '原料：鸡肉，花生，黄瓜，辣椒', 1, :now, :now, 1, 1)");
            PreparedBatch flavors =
                    h.prepareBatch("INSERT INTO dish_flavor (dish_id, name, value) VALUES (:dish, :name, :value)");
            for (int i = 0; i < 1000; i++) {
                long id = 1000 + i;
                long category = i < 900 ? 1101 + i / 30 : 1101;
                dishes.bind("id", id)
                        .bind("name", "菜" + i)
                        .bind("category", category)
                        .bind("now", now)
                        .add();
                if (i < 900) {
                    flavors.bind("dish", id)
                            .bind("name", "辣度")
                            .bind("value", "[\"不辣\",\"微辣\",\"中辣\",\"重辣\"]")
                            .add();
                    flavors.bind("dish", id)
                            .bind("name", "甜味")
                            .bind("value", "[\"无糖\",\"少糖\",\"半糖\",\"多糖\"]")
                            .add();
                    flavors.bind("dish", id)
                            .bind("name", "忌口")
                            .bind("value", "[\"不要葱\",\"不要蒜\",\"不要香菜\"]")
                            .add();
                }
            }
            dishes.execute();
            flavors.execute();
            PreparedBatch setmeals = h.prepareBatch("INSERT INTO setmeal (id, category_id, name, price, status, "
                    + "description, image, create_time, update_time, create_user, update_user) VALUES (:id, "
                    + ":category, :name, 58.00, 1, '超值组合', 'http://127.0.0.1/images/y.png', :now, :now, 1, 1)");
            PreparedBatch parts = h.prepareBatch("INSERT INTO setmeal_dish (setmeal_id, dish_id, name, price, copies) "
                    + "VALUES (:setmeal, :dish, :name, 18.50, 1)");
            for (int s = 0; s < 50; s++) {
                setmeals.bind("id", 1000 + s)
                        .bind("category", 1001 + s / 10)
                        .bind("name", "套餐" + s)
                        .bind("now", now)
                        .add();
                for (int d = 0; d < 3; d++) {
                    parts.bind("setmeal", 1000 + s)
                            .bind("dish", 1000 + s * 3 + d)
                            .bind("name", "菜" + (s * 3 + d))
                            .add();
                }
            }
            setmeals.execute();
            parts.execute();
            h.execute("UPDATE menu_version SET version = version + 1 WHERE id = 1");
        });
        return dishCategories;
    }
}
