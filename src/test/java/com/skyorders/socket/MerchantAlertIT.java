package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import jakarta.websocket.CloseReason;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 来单提醒 and 客户催单 over real WebSockets, and who may listen. */
@ExtendWith(SkyOrders.class)
class MerchantAlertIT {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private String staffToken;

    MerchantAlertIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void login() {
        staffToken = shop.staffToken();
    }

    @Test
    void aPaymentRingsEveryConsoleWithTheOrder() throws Exception {
        try (Console first = Console.withToken(server, staffToken, "a1");
                Console second = Console.withToken(server, staffToken, "b2")) {
            Customer customer = shop.newCustomer();
            JsonObject order = shop.placeOrder(customer);
            assertEquals(
                    200,
                    shop.pay(customer, order.get("orderNumber").getAsString()).status());
            for (Console console : List.of(first, second)) {
                JsonObject frame = console.next(WAIT);
                assertNotNull(frame, "no frame");
                assertEquals(1, frame.get("type").getAsInt());
                assertTrue(frame.get("type").getAsJsonPrimitive().isNumber());
                assertEquals(order.get("id").getAsLong(), frame.get("orderId").getAsLong());
                assertEquals(
                        "订单号：" + order.get("orderNumber").getAsString(),
                        frame.get("content").getAsString());
                assertFalse(frame.get("urgent").getAsBoolean());
            }
        }
    }

    @Test
    void aReminderRingsAsTypeTwo() throws Exception {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        try (Console console = Console.withToken(server, staffToken, "r1")) {
            assertEquals(
                    200, api.get("/user/order/reminder/" + id, customer.auth()).status());
            JsonObject frame = console.next(WAIT);
            assertNotNull(frame);
            assertEquals(2, frame.get("type").getAsInt());
            assertEquals(id, frame.get("orderId").getAsLong());
            assertEquals(4, frame.get("kind").getAsInt());
        }
    }

    @Test
    void anonymousAndCustomerHandshakesAreRefusedWithoutUpgrade() {
        assertEquals(401, handshakeStatus("", Map.of()));
        assertEquals(401, handshakeStatus("token=forged", Map.of()));
        assertEquals(403, handshakeStatus("token=" + shop.newCustomer().token(), Map.of()));
        assertEquals(101, handshakeStatus("token=" + staffToken, Map.of()));
        assertEquals(101, handshakeStatus("", Map.of("token", staffToken)));
    }

    @Test
    void consolesSharingASidBothStayConnected() throws Exception {
        try (Console first = Console.withToken(server, staffToken, "same");
                Console second = Console.withToken(server, staffToken, "same")) {
            long id = shop.placePaidOrder(shop.newCustomer());
            assertEquals(id, first.next(WAIT).get("orderId").getAsLong());
            assertEquals(id, second.next(WAIT).get("orderId").getAsLong());
            assertTrue(first.isOpen() && second.isOpen());
        }
    }

    @Test
    void loggingOutClosesTheSocketsOpenedWithThatToken() throws Exception {
        String[] otherStaff = shop.staff();
        try (Console revoked = Console.withToken(server, staffToken, "x");
                Console kept = Console.withToken(server, otherStaff[1], "y")) {
            assertEquals(
                    200,
                    api.post("/admin/employee/logout", "", "token", staffToken).status());
            CloseReason reason = revoked.awaitClose(Duration.ofSeconds(12));
            assertEquals(
                    CloseReason.CloseCodes.VIOLATED_POLICY.getCode(),
                    reason.getCloseCode().getCode());
            assertTrue(kept.isOpen());
        }
    }

    @Test
    void reminderRulesOwnerStatusAndRateWithTheInjectedClock() {
        Customer owner = shop.newCustomer();
        Customer stranger = shop.newCustomer();
        long unpaid = shop.placeOrder(owner).get("id").getAsLong();
        long paid = shop.placePaidOrder(owner);

        assertEquals(
                404, api.get("/user/order/reminder/" + paid, stranger.auth()).status());
        ApiResponse tooEarly = api.get("/user/order/reminder/" + unpaid, owner.auth());
        assertEquals(409, tooEarly.status());
        assertEquals("订单状态错误", tooEarly.msg());

        assertEquals(200, api.get("/user/order/reminder/" + paid, owner.auth()).status());
        ApiResponse again = api.get("/user/order/reminder/" + paid, owner.auth());
        assertEquals(429, again.status());
        assertEquals("催单太频繁，请5分钟后再试", again.msg());

        server.shiftClock(Duration.ofMinutes(2).plusSeconds(30));
        assertEquals(
                "催单太频繁，请3分钟后再试",
                api.get("/user/order/reminder/" + paid, owner.auth()).msg());
        server.shiftClock(Duration.ofMinutes(5).plusSeconds(1));
        assertEquals(200, api.get("/user/order/reminder/" + paid, owner.auth()).status());

        shop.forceStatus(paid, 5);
        server.shiftClock(Duration.ofMinutes(11));
        assertEquals(409, api.get("/user/order/reminder/" + paid, owner.auth()).status(), "completed: nothing owed");
        int stored = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM order_reminder WHERE order_id = :id")
                        .bind("id", paid)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(2, stored);
    }

    @Test
    void theShopRepliesAndTheCustomerSeesIt() {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        String[] staff = {"token", staffToken};
        List<String> presets = api.get("/admin/order/reminder/replies", staff).data().getAsJsonArray().asList().stream()
                .map(e -> e.getAsString())
                .toList();
        assertTrue(presets.contains("正在加急制作"), presets::toString);
        assertEquals(
                404,
                api.put("/admin/order/reminder/reply", "{\"orderId\":" + id + ",\"reply\":\"正在加急制作\"}", staff)
                        .status(),
                "no reminder yet");

        assertEquals(200, api.get("/user/order/reminder/" + id, customer.auth()).status());
        assertEquals(
                400,
                api.put(
                                "/admin/order/reminder/reply",
                                "{\"orderId\":" + id + ",\"reply\":\"" + "等".repeat(31) + "\"}",
                                staff)
                        .status());
        assertEquals(
                200,
                api.put("/admin/order/reminder/reply", "{\"orderId\":" + id + ",\"reply\":\"正在加急制作\"}", staff)
                        .status());

        JsonObject detail =
                api.get("/user/order/orderDetail/" + id, customer.auth()).data().getAsJsonObject();
        assertEquals(1, detail.get("reminderCount").getAsInt());
        assertFalse(detail.get("lastReminderTime").isJsonNull());
        assertEquals("正在加急制作", detail.get("reminderReply").getAsString());
    }

    @Test
    void theMessagePageIsTheOutbox() {
        String[] staff = {"token", staffToken};
        long unreadBefore = api.get("/admin/messages/countUnread", staff).data().getAsLong();
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        api.get("/user/order/reminder/" + id, customer.auth());
        assertEquals(
                unreadBefore + 2,
                api.get("/admin/messages/countUnread", staff).data().getAsLong());

        JsonObject page = api.get("/admin/messages/page?pageNum=1&pageSize=10&status=1", staff)
                .data()
                .getAsJsonObject();
        assertEquals(2, page.get("total").getAsLong());
        JsonObject reminder = page.getAsJsonArray("records").get(0).getAsJsonObject();
        JsonObject newOrder = page.getAsJsonArray("records").get(1).getAsJsonObject();
        assertEquals(4, reminder.get("type").getAsInt());
        assertEquals(1, newOrder.get("type").getAsInt());
        for (JsonObject message : List.of(reminder, newOrder)) {
            for (String field : new String[] {"id", "type", "content", "details", "createTime"}) {
                assertTrue(message.has(field), field);
            }
            JsonObject details = com.google.gson.JsonParser.parseString(
                            message.get("details").getAsString())
                    .getAsJsonObject();
            assertEquals(id, details.get("orderId").getAsLong(), "details is strict JSON text");
        }
        long reminderId = reminder.get("id").getAsLong();
        long newOrderId = newOrder.get("id").getAsLong();
        assertEquals(200, api.put("/admin/messages/" + reminderId, "", staff).status());
        assertEquals(
                unreadBefore + 1,
                api.get("/admin/messages/countUnread", staff).data().getAsLong());
        assertEquals(
                200,
                api.put("/admin/messages/batch", "[" + newOrderId + "]", staff).status());
        assertEquals(
                unreadBefore,
                api.get("/admin/messages/countUnread", staff).data().getAsLong());
        var read = api.get("/admin/messages/page?pageNum=1&pageSize=2&status=2", staff)
                .data()
                .getAsJsonObject()
                .getAsJsonArray("records");
        assertEquals(
                List.of(reminderId, newOrderId),
                List.of(
                        read.get(0).getAsJsonObject().get("id").getAsLong(),
                        read.get(1).getAsJsonObject().get("id").getAsLong()),
                "both now read, newest first");
        assertEquals(404, api.put("/admin/messages/99999999", "", staff).status());
        assertEquals(
                400,
                api.put("/admin/messages/batch", "{\"ids\":[\"x\"]}", staff).status());
        assertEquals(401, api.get("/admin/messages/countUnread").status());
    }

    private int handshakeStatus(String query, Map<String, String> headers) {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        headers.forEach(builder::header);
        URI uri = URI.create(
                server.baseUrl().replace("http://", "ws://") + "/ws/probe" + (query.isEmpty() ? "" : "?" + query));
        try {
            WebSocket socket =
                    builder.buildAsync(uri, new WebSocket.Listener() {}).join();
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }
}
