package com.skyorders.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.RawHandshake;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real outage: the MariaDB process stops, /health says so quickly, and the app recovers when it returns. */
@ExtendWith(SkyOrders.class)
class DatabaseOutageIT {

    @Test
    void healthReportsDownWhileTheDatabaseIsStoppedAndRecovers(Api api, TestServer server) throws Exception {
        assertEquals(200, api.get("/health").status());
        assumeTrue(server.database().canStop(), "an external database is not stopped by the tests");
        server.database().stop();
        try {
            Instant before = Instant.now();
            ApiResponse down = api.get("/health", "X-Monitor-Token", TestServer.MONITOR_TOKEN);
            Duration took = Duration.between(before, Instant.now());
            assertEquals(503, down.status(), down::toString);
            assertEquals("DOWN", down.json().get("status").getAsString());
            assertEquals("DOWN", down.json().get("db").getAsString());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "health took " + took);
        } finally {
            server.database().start();
        }
        ApiResponse up = awaitHealthy(api);
        assertEquals(200, up.status(), up::toString);
    }

    @Test
    void anOutageIsA503WithRetryAfterEverywhereAndOneWarningPerCause(Api api, Shop shop, TestServer server)
            throws Exception {
        String customer = shop.newCustomer().token();
        String staff = shop.staffToken();
        int mark = server.logs().mark();
        assumeTrue(server.database().canStop(), "an external database is not stopped by the tests");
        server.database().stop();
        try {
            for (int round = 0; round < 2; round++) {
                assertOutage(api.get("/user/order/historyOrders?page=1&pageSize=10", "authentication", customer));
                assertOutage(api.get("/admin/order/statistics", "token", staff));
                assertOutage(api.get("/user/shoppingCart/list", "authentication", "any-token-at-all"));
                assertOutage(api.get("/console/api/statistics", "Cookie", "sky_console=whatever"));
                assertEquals(503, RawHandshake.to(server.baseUrl()).status("/ws/outage?token=" + staff));
            }
        } finally {
            server.database().start();
        }
        assertEquals(200, awaitHealthy(api).status());
        List<String> logged = server.logs().messagesSince(mark);
        assertTrue(
                logged.stream().noneMatch(m -> m.contains("SEVERE") || m.contains("Incident")),
                () -> String.join("\n", logged));
        long outageLines =
                logged.stream().filter(m -> m.contains("database unavailable")).count();
        assertTrue(
                outageLines >= 1 && outageLines <= 3,
                () -> outageLines + " lines for 10 refused requests: " + String.join("\n", logged));
    }

    private static void assertOutage(ApiResponse response) {
        assertEquals(503, response.status(), response::toString);
        assertEquals(0, response.code(), response::toString);
        assertTrue(response.msg().contains("服务暂时不可用"), response::toString);
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), response::toString);
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at com."), response::toString);
    }

    private static ApiResponse awaitHealthy(Api api) throws InterruptedException {
        ApiResponse last = api.get("/health");
        for (int i = 0; i < 50 && last.status() != 200; i++) {
            Thread.sleep(200);
            last = api.get("/health");
        }
        return last;
    }
}
