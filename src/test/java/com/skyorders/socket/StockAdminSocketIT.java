package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Console;
import com.skyorders.testing.RawHandshake;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tutorial's compiled admin behind the tutorial's nginx: it keeps its token in a cookie its own script writes,
 * and its socket arrives with {@code Host: webservers} (nginx's upstream name) from a page on http://localhost.
 */
@ExtendWith(SkyOrders.class)
class StockAdminSocketIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String token;

    StockAdminSocketIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void login() {
        ApiResponse login = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(200, login.status(), login::toString);
        assertTrue(
                login.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("token=")),
                () -> "a cookie named token collides with the stock admin's own: " + login.headers());
        assertTrue(
                login.headers().allValues("Set-Cookie").stream().allMatch(c -> c.startsWith("sky_device=")),
                () -> "the API login sets no cookie but the login's device cookie: " + login.headers());
        token = login.data().getAsJsonObject().get("token").getAsString();
    }

    private RawHandshake behindTheTutorialsNginx() {
        return RawHandshake.to(server.baseUrl()).header("Host", "webservers");
    }

    @Test
    void itsScriptWrittenCookieOpensTheSocketFromAnAllowedOrigin() throws Exception {
        assertEquals(
                101,
                behindTheTutorialsNginx()
                        .header("Origin", "http://localhost")
                        .header("Cookie", "token=" + token)
                        .status("/ws/k3j5x8"));
        assertEquals(
                101,
                behindTheTutorialsNginx()
                        .header("Origin", "http://127.0.0.1")
                        .header("Cookie", "Hm_lpvt=1; token=" + token + "; username=admin")
                        .status("/ws/k3j5x8"));
    }

    @Test
    void anotherSiteRidingTheCookieGets403AndNoCredentialGets401() throws Exception {
        assertEquals(
                403,
                behindTheTutorialsNginx()
                        .header("Origin", "http://evil.example")
                        .header("Cookie", "token=" + token)
                        .status("/ws/x"));
        assertEquals(
                403,
                behindTheTutorialsNginx()
                        .header("Origin", "null")
                        .header("Cookie", "token=" + token)
                        .status("/ws/x"),
                "a sandboxed page's opaque origin");
        assertEquals(
                401,
                behindTheTutorialsNginx().header("Origin", "http://localhost").status("/ws/x"));
        assertEquals(
                401,
                behindTheTutorialsNginx()
                        .header("Origin", "http://localhost")
                        .header("Cookie", "token=forged")
                        .status("/ws/x"));
        String customer = shop.newCustomer().token();
        assertEquals(
                403,
                behindTheTutorialsNginx()
                        .header("Origin", "http://localhost")
                        .header("Cookie", "token=" + customer)
                        .status("/ws/x"),
                "a customer is not staff");
    }

    @Test
    void anExplicitTokenWorksFromAnyOrigin() throws Exception {
        assertEquals(
                101,
                behindTheTutorialsNginx()
                        .header("Origin", "http://evil.example")
                        .status("/ws/x?token=" + token));
        assertEquals(
                101,
                behindTheTutorialsNginx()
                        .header("Origin", "http://evil.example")
                        .header("token", token)
                        .status("/ws/x"));
    }

    @Test
    void aForwardedHostCountsOnlyFromATrustedProxy() throws Exception {
        // Not in sky.ws.allowedOrigins: only "this host" as a trusted proxy reports it can make it acceptable.
        RawHandshake fromProxy = RawHandshake.to(server.baseUrl())
                .header("Host", "webservers")
                .header("Origin", "https://shop.example")
                .header("Cookie", "token=" + token)
                .header("X-Forwarded-Host", "shop.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7");
        assertEquals(101, fromProxy.from("127.0.0.1").status("/ws/x"), "127.0.0.1 is the trusted proxy");
        assertEquals(
                403,
                fromProxy.from("127.0.0.2").status("/ws/x"),
                "a client that is no trusted proxy cannot claim to be the page's host");
    }

    @Test
    void aHandshakeStuffedWithCookiesTriesOnlyTheFirst() throws Exception {
        // 150: past Tomcat's maxCookieCount (200) the connector itself answers 400 before any filter runs.
        StringBuilder cookies = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            cookies.append("token=forged-").append(i).append("; ");
        }
        cookies.append("token=").append(token);
        long started = System.nanoTime();
        assertEquals(
                401,
                behindTheTutorialsNginx()
                        .header("Origin", "http://localhost")
                        .header("Cookie", cookies.toString())
                        .status("/ws/x"),
                "only the first token cookie is tried");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(
                101,
                behindTheTutorialsNginx()
                        .header("Origin", "http://localhost")
                        .header("Cookie", "token=" + token + "; " + cookies)
                        .status("/ws/x"));
        System.out.printf("150 forged cookies refused in %d ms%n", millis);
    }

    @Test
    void framesReachTheStockAdminsSocket() throws Exception {
        try (Console console = Console.connect(
                server.baseUrl(),
                "stock" + System.nanoTime(),
                "",
                Map.of("Cookie", List.of("token=" + token), "Origin", List.of("http://localhost")))) {
            long id = shop.placePaidOrder(shop.newCustomer());
            JsonObject frame = console.next(Duration.ofSeconds(5));
            assertNotNull(frame, "no frame");
            assertEquals(1, frame.get("type").getAsInt());
            assertEquals(id, frame.get("orderId").getAsLong());
            assertTrue(frame.get("content").getAsString().startsWith("订单号："));
        }
    }

    @Test
    void staffTokensLastAShiftWhileCustomerTokensLastTwoHours() {
        String customer = shop.newCustomer().token();
        assertEquals(12 * 3600, lifetimeSeconds(token));
        assertEquals(2 * 3600, lifetimeSeconds(customer));
    }

    private long lifetimeSeconds(String token) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT TIMESTAMPDIFF(SECOND, created_at, expires_at) "
                                + "FROM auth_token WHERE token_hash = SHA2(:token, 256)")
                        .bind("token", token)
                        .mapTo(Long.class)
                        .one());
    }
}
