package com.skyorders.foundation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deployed WAR answers health, errors and static pages the way a client and an operator expect. */
@ExtendWith(SkyOrders.class)
class FoundationIT {

    private final Api api;
    private final TestServer server;

    FoundationIT(Api api, TestServer server) {
        this.api = api;
        this.server = server;
    }

    @Test
    void healthIsUpWithTheDatabase() {
        ApiResponse health = api.get("/health", "X-Monitor-Token", TestServer.MONITOR_TOKEN);
        assertEquals(200, health.status(), health::toString);
        JsonObject body = health.json();
        assertEquals("UP", body.get("status").getAsString());
        assertEquals("UP", body.get("db").getAsString());
        assertEquals("UP", body.get("alertRelay").getAsString());
        assertTrue(health.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void unknownPathAnswers404InTheEnvelope() {
        ApiResponse response = api.get("/no/such/thing");
        assertEquals(404, response.status());
        assertEnvelopeError(response, "资源不存在");
    }

    @Test
    void wrongMethodAnswers405InTheEnvelope() {
        ApiResponse response = api.method("DELETE", "/health");
        assertEquals(405, response.status());
        assertEnvelopeError(response, "请求方法不支持");
    }

    @Test
    void noResponseRevealsTheServer() {
        for (ApiResponse response : List.of(
                api.get("/health"),
                api.get("/nope"),
                api.method("PATCH", "/health"),
                api.get("/"),
                api.get("/WEB-INF/web.xml"))) {
            assertAll(
                    response.toString(),
                    () -> assertNull(response.header("Server")),
                    () -> assertNull(response.header("X-Powered-By")),
                    () -> assertFalse(response.body().contains("Tomcat")),
                    () -> assertFalse(response.body().contains("Exception")));
        }
    }

    @Test
    void webInfIsNeverServed() {
        ApiResponse response = api.get("/WEB-INF/web.xml");
        assertEquals(404, response.status());
        assertEnvelopeError(response, "资源不存在");
    }

    @Test
    void securityHeadersAreSet() {
        ApiResponse response = api.get("/health");
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }

    @Test
    void welcomePageIsServed() {
        ApiResponse response = api.get("/");
        assertEquals(200, response.status());
        assertTrue(response.body().contains("苍穹外卖"), response::toString);
    }

    @Test
    void migrationsCreatedTheSchemaAndDemoData() {
        server.jdbi().useHandle(h -> {
            String hash = h.createQuery("SELECT password FROM employee WHERE username = 'admin'")
                    .mapTo(String.class)
                    .one();
            assertTrue(hash.startsWith("pbkdf2-sha512$"), hash);
            assertTrue(h.createQuery("SELECT COUNT(*) FROM dish WHERE status = 1")
                            .mapTo(Integer.class)
                            .one()
                    >= 5);
            assertEquals(
                    1,
                    h.createQuery("SELECT COUNT(*) FROM address_book a JOIN user u ON u.id = a.user_id "
                                    + "WHERE u.openid = 'demo-customer'")
                            .mapTo(Integer.class)
                            .one());
            List<String> quartzTables = h.createQuery("SELECT table_name FROM information_schema.tables "
                            + "WHERE table_schema = DATABASE() AND table_name LIKE 'QRTZ\\_%'")
                    .mapTo(String.class)
                    .list();
            assertEquals(11, quartzTables.size(), quartzTables::toString);
            String charset = h.createQuery("SELECT CCSA.character_set_name FROM information_schema.tables T "
                            + "JOIN information_schema.collation_character_set_applicability CCSA "
                            + "ON CCSA.collation_name = T.table_collation "
                            + "WHERE T.table_schema = DATABASE() AND T.table_name = 'orders'")
                    .mapTo(String.class)
                    .one();
            assertEquals("utf8mb4", charset);
        });
    }

    static void assertEnvelopeError(ApiResponse response, String msg) {
        JsonObject body = response.json();
        assertEquals(0, body.get("code").getAsInt(), response::toString);
        assertEquals(msg, body.get("msg").getAsString(), response::toString);
        assertTrue(body.has("data") && body.get("data").isJsonNull(), response::toString);
        assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
    }
}
