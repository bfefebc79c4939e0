package com.skyorders.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Guessing staff passwords is throttled atomically (StaffLockoutIT: without locking anyone out); a locked employee is out at once; dead tokens go away. */
@ExtendWith(SkyOrders.class)
class StaffLoginHardeningIT {

    private static final String WRONG = "{\"username\":\"admin\",\"password\":\"wrong-password\"}";

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    StaffLoginHardeningIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    /** The reservation is atomic: 40 guesses at once from a browser admin never used get exactly 30 checks. */
    @Test
    void fortyParallelGuessesForOneUsernameGetAtMostThirtyPasswordChecks() throws Exception {
        List<Integer> statuses = parallel(
                40,
                i -> api.post("/admin/employee/login", WRONG, "X-Forwarded-For", "198.51.100." + (i + 1))
                        .status());
        long checked = statuses.stream().filter(s -> s == 401).count();
        long throttled = statuses.stream().filter(s -> s == 429).count();
        assertEquals(30, checked, statuses::toString);
        assertEquals(10, throttled, statuses::toString);
    }

    @Test
    void rotatingUsernamesFromOneAddressIsThrottledToo() throws Exception {
        List<Integer> statuses = parallel(
                40,
                i -> api.post(
                                "/admin/employee/login",
                                "{\"username\":\"guess" + i + "\",\"password\":\"x\"}",
                                "X-Forwarded-For",
                                "203.0.113.9")
                        .status());
        assertEquals(30, statuses.stream().filter(s -> s == 401).count(), statuses::toString);
        assertEquals(10, statuses.stream().filter(s -> s == 429).count(), statuses::toString);
        assertEquals(
                200,
                api.post(
                                "/admin/employee/login",
                                "{\"username\":\"admin\",\"password\":\"123456\"}",
                                "X-Forwarded-For",
                                "203.0.113.10")
                        .status(),
                "another address is not affected");
    }

    @Test
    void aSuccessfulLoginGivesTheAddressItsSlotBack() {
        for (int i = 0; i < 40; i++) {
            assertEquals(
                    200,
                    api.post(
                                    "/admin/employee/login",
                                    "{\"username\":\"admin\",\"password\":\"123456\"}",
                                    "X-Forwarded-For",
                                    "192.0.2.44")
                            .status(),
                    "staff behind one NAT address log in all day");
        }
    }

    @Test
    void lockingAnEmployeeEndsTheirTokensConsoleAndSocketsAtOnce() throws Exception {
        server.jdbi()
                .useHandle(h -> h.execute("INSERT INTO employee (id, name, username, password, phone, sex, "
                        + "id_number, status) SELECT 2, '收银员', 'clerk', password, phone, sex, id_number, 1 FROM employee "
                        + "WHERE id = 1"));
        String admin = shop.staffToken();
        ApiResponse login = api.post("/admin/employee/login", "{\"username\":\"clerk\",\"password\":\"123456\"}");
        assertEquals(200, login.status(), login::toString);
        String clerk = login.data().getAsJsonObject().get("token").getAsString();
        try (Console socket = Console.withToken(server, clerk, "clerk")) {
            assertEquals(
                    409,
                    api.post("/admin/employee/status/0?id=1", "", "token", admin)
                            .status(),
                    "nobody locks themselves out");
            assertEquals(
                    200,
                    api.post("/admin/employee/status/0?id=2", "", "token", admin)
                            .status());
            assertEquals(401, api.get("/admin/order/statistics", "token", clerk).status(), "at once");
            assertNotNull(socket.awaitClose(Duration.ofSeconds(8)), "the clerk's socket closes within seconds");
            assertEquals(
                    403,
                    api.post("/admin/employee/login", "{\"username\":\"clerk\",\"password\":\"123456\"}")
                            .status());
            // Locked by hand in the database (no endpoint): a token still dies with the lock.
            assertEquals(
                    200,
                    api.post("/admin/employee/status/1?id=2", "", "token", admin)
                            .status());
            String again = api.post("/admin/employee/login", "{\"username\":\"clerk\",\"password\":\"123456\"}")
                    .data()
                    .getAsJsonObject()
                    .get("token")
                    .getAsString();
            assertEquals(200, api.get("/admin/order/statistics", "token", again).status());
            server.jdbi().useHandle(h -> h.execute("UPDATE employee SET status = 0 WHERE id = 2"));
            assertEquals(401, api.get("/admin/order/statistics", "token", again).status());
        } finally {
            server.jdbi().useHandle(h -> h.execute("DELETE FROM employee WHERE id = 2"));
        }
    }

    /** The lock's time is the shop's clock (the one every other timestamp uses), not the database server's. */
    @Test
    void lockingAnEmployeeStampsTheShopsTime() {
        server.jdbi()
                .useHandle(h -> h.execute("INSERT INTO employee (id, name, username, password, phone, sex, "
                        + "id_number, status) SELECT 3, '配送员', 'rider', password, phone, sex, id_number, 1 FROM employee "
                        + "WHERE id = 1"));
        try {
            server.shiftClock(Duration.ofDays(3));
            assertEquals(
                    200,
                    api.post("/admin/employee/status/0?id=3", "", "token", shop.staffToken())
                            .status());
            LocalDateTime stamped = server.jdbi()
                    .withHandle(h -> h.createQuery("SELECT update_time FROM employee WHERE id = 3")
                            .mapTo(LocalDateTime.class)
                            .one());
            LocalDateTime shopNow =
                    LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3);
            assertTrue(
                    Duration.between(stamped, shopNow).abs().compareTo(Duration.ofMinutes(1)) < 0,
                    () -> "update_time " + stamped + ", the shop's clock " + shopNow);
        } finally {
            server.shiftClock(Duration.ZERO);
            server.jdbi().useHandle(h -> h.execute("DELETE FROM employee WHERE id = 3"));
        }
    }

    @Test
    void theDailyPurgeDeletesDeadTokensAndOldThrottleWindows() {
        String live = shop.staffToken();
        server.jdbi().useHandle(h -> {
            h.execute("INSERT INTO auth_token (token_hash, role, subject_id, created_at, expires_at) VALUES "
                    + "(REPEAT('a', 64), 'STAFF', 1, NOW() - INTERVAL 3 DAY, NOW() - INTERVAL 2 DAY)");
            h.execute("INSERT INTO auth_token (token_hash, role, subject_id, created_at, expires_at, revoked_at) "
                    + "VALUES (REPEAT('b', 64), 'STAFF', 1, NOW() - INTERVAL 3 DAY, NOW() + INTERVAL 1 DAY, "
                    + "NOW() - INTERVAL 2 DAY)");
            // Stored times are the shop's wall-clock (Asia/Shanghai), not the database server's.
            java.time.LocalDateTime shopNow = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
            h.execute(
                    "INSERT INTO login_throttle (scope, subject, window_start, attempts) VALUES "
                            + "(2, 'old', ?, 3), (2, 'recent', ?, 2)",
                    shopNow.minusDays(1),
                    shopNow);
            h.execute(
                    "INSERT INTO login_device (device_hash, employee_id, window_start, attempts, last_seen) VALUES "
                            + "(REPEAT('c', 64), 1, ?, 0, ?), (REPEAT('d', 64), 1, ?, 0, ?)",
                    shopNow,
                    shopNow.minusDays(400),
                    shopNow,
                    shopNow.minusDays(3));
        });
        assertTrue(server.runSweep("purgeExpiredRecords") >= 4);
        assertEquals(200, api.get("/admin/order/statistics", "token", live).status(), "live tokens stay");
        List<String> scopes = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT subject FROM login_throttle")
                        .mapTo(String.class)
                        .list());
        assertTrue(scopes.contains("recent") && !scopes.contains("old"), scopes::toString);
        List<String> devices = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT LEFT(device_hash, 1) FROM login_device")
                        .mapTo(String.class)
                        .list());
        assertTrue(
                devices.contains("d") && !devices.contains("c"), () -> "a device unseen for a year goes: " + devices);
        int dead = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM auth_token "
                                + "WHERE token_hash IN (REPEAT('a', 64), REPEAT('b', 64))")
                        .mapTo(Integer.class)
                        .one());
        assertEquals(0, dead);
    }

    private interface Call {
        int run(int index) throws Exception;
    }

    private static List<Integer> parallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.run(index);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            assertTrue(statuses.size() == count);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
