package com.skyorders.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real outage: the MariaDB process stops, /health says so quickly, and the app recovers when it returns. */
@ExtendWith(SkyOrders.class)
class DatabaseOutageIT {

    @Test
    void healthReportsDownWhileTheDatabaseIsStoppedAndRecovers(Api api, TestServer server) throws Exception {
        assertEquals(200, api.get("/health").status());
        server.database().stop();
        try {
            Instant before = Instant.now();
            ApiResponse down = api.get("/health");
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

    private static ApiResponse awaitHealthy(Api api) throws InterruptedException {
        ApiResponse last = api.get("/health");
        for (int i = 0; i < 50 && last.status() != 200; i++) {
            Thread.sleep(200);
            last = api.get("/health");
        }
        return last;
    }
}
