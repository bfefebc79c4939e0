package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two Tomcats on one database: an alert raised through node A reaches a console on node B within a second. */
@ExtendWith(SkyOrders.class)
class TwoNodeAlertIT {

    @Test
    void anAlertRaisedOnNodeAReachesAConsoleOnNodeB(Shop shop, TestServer server) throws Exception {
        String staffToken = shop.staffToken();
        try (TestServer.Node nodeB = server.startSecondNode();
                Console onB = Console.connect(nodeB.baseUrl(), "node-b", "token=" + staffToken, Map.of());
                Console onA = Console.withToken(server, staffToken, "node-a")) {
            Thread.sleep(1000);
            long started = System.nanoTime();
            long id = shop.placePaidOrder(shop.newCustomer());
            JsonObject frame = onB.next(Duration.ofSeconds(3));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertNotNull(frame, "node B's console heard nothing");
            assertEquals(id, frame.get("orderId").getAsLong());
            assertTrue(millis < 1500, "reached node B after " + millis + " ms (including submit and pay)");
            assertEquals(id, onA.next(Duration.ofSeconds(3)).get("orderId").getAsLong());
        }
    }
}
