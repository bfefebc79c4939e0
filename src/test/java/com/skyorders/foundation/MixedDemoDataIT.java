package com.skyorders.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes of one cluster with different sky.db.demoData (node A loaded the demo shop, node B never does), as when
 * demo data is switched off after a trial: node B starts and serves the same database.
 */
@ExtendWith(SkyOrders.class)
class MixedDemoDataIT {

    @Test
    void aNodeWithoutDemoDataJoinsADatabaseThatHasIt(TestServer server) throws Exception {
        try (TestServer.Node nodeB = server.startSecondNode(Map.of("sky.db.demoData", "false"))) {
            HttpResponse<String> health = server.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            HttpResponse<String> login = server.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/admin/employee/login"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"username\":\"admin\",\"password\":\"123456\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
        }
    }
}
