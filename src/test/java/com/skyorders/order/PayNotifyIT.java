package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.payment.CallbackSignature;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway callback: signed or refused, amount-checked, idempotent, never reviving a cancelled order. */
@ExtendWith(SkyOrders.class)
class PayNotifyIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private final CallbackSignature signature = new CallbackSignature(TestServer.PAY_SECRET);

    PayNotifyIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void unsignedOrWronglySignedCallbacksAreRefused() {
        JsonObject order = shop.placeOrder(shop.newCustomer());
        String body = notice(order.get("orderNumber").getAsString(), "75.00");
        assertEquals(401, send(body, null).status());
        assertEquals(
                401,
                send(body, new CallbackSignature("another-secret").sign(bytes(body)))
                        .status());
        assertEquals(
                401,
                send(body.replace("75.00", "75.01"), signature.sign(bytes(body)))
                        .status(),
                "the signature covers the exact body");
        assertEquals(1, shop.status(order.get("id").getAsLong()));
    }

    @Test
    void aSignedCallbackPaysTheOrderAndRepeatsChangeNothing() {
        JsonObject order = shop.placeOrder(shop.newCustomer());
        long id = order.get("id").getAsLong();
        String body = notice(order.get("orderNumber").getAsString(), "75.00");
        ApiResponse first = send(body, signature.sign(bytes(body)));
        assertEquals(200, first.status(), first::toString);
        assertEquals("PAID", first.data().getAsJsonObject().get("result").getAsString());
        assertEquals(2, shop.status(id));
        String checkout = checkoutTime(id);

        ApiResponse repeat = send(body, signature.sign(bytes(body)));
        assertEquals(200, repeat.status());
        assertEquals(
                "ALREADY_PAID", repeat.data().getAsJsonObject().get("result").getAsString());
        assertEquals(checkout, checkoutTime(id));
    }

    @Test
    void aWrongAmountIsRefused() {
        JsonObject order = shop.placeOrder(shop.newCustomer());
        String body = notice(order.get("orderNumber").getAsString(), "1.00");
        assertEquals(409, send(body, signature.sign(bytes(body))).status());
        assertEquals(1, shop.status(order.get("id").getAsLong()));
    }

    @Test
    void aPaymentForACancelledOrderIsRefundedNotRevived() {
        Shop.Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        long id = order.get("id").getAsLong();
        api.put("/user/order/cancel/" + id, "", customer.auth());
        String body = notice(order.get("orderNumber").getAsString(), "75.00");
        ApiResponse response = send(body, signature.sign(bytes(body)));
        assertEquals(200, response.status(), response::toString);
        assertEquals("REFUNDED", response.data().getAsJsonObject().get("result").getAsString());
        assertEquals(6, shop.status(id));
        int payStatus = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT pay_status FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(2, payStatus);
        int refunds = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM refund WHERE order_id = :id")
                        .bind("id", id)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(1, refunds);
        assertEquals(200, send(body, signature.sign(bytes(body))).status(), "a repeat is still harmless");
    }

    @Test
    void aSecondDifferentPaymentOfAPaidOrderIsRefundedOnce() {
        JsonObject order = shop.placeOrder(shop.newCustomer());
        long id = order.get("id").getAsLong();
        String number = order.get("orderNumber").getAsString();
        String first = notice(number, "75.00");
        assertEquals("PAID", result(send(first, signature.sign(bytes(first)))));
        String second = notice(number, "75.00").replace("wx-1", "wx-2");
        assertEquals("REFUNDED", result(send(second, signature.sign(bytes(second)))));
        assertEquals("REFUNDED", result(send(second, signature.sign(bytes(second)))), "a repeat adds nothing");
        assertEquals("ALREADY_PAID", result(send(first, signature.sign(bytes(first)))));
        assertEquals(List.of("wx-2 PENDING 重复支付，自动退款"), refunds(id));
        assertEquals(2, shop.status(id), "the order stays paid by its first payment");
    }

    @Test
    void refundsWaitInTheOutboxAndAreSentOnceAfterCommit() {
        Shop.Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        String number = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT number FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
        assertEquals(
                200, api.put("/user/order/cancel/" + id, "", customer.auth()).status());
        assertEquals(
                List.of("mock-" + number + " PENDING 用户取消"),
                refunds(id),
                "decided with the cancellation, not yet sent");
        assertEquals(1, server.runSweep("sendRefunds"));
        assertEquals(List.of("mock-" + number + " SENT 用户取消"), refunds(id));
        String reference = server.jdbi()
                .withHandle(h -> h.createQuery(
                                "SELECT CONCAT(gateway_ref, ' ', attempts) " + "FROM refund WHERE order_id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
        assertEquals(0, server.runSweep("sendRefunds"), "never sent twice");
        assertEquals(
                reference,
                server.jdbi()
                        .withHandle(h -> h.createQuery("SELECT CONCAT(gateway_ref, ' ', "
                                        + "attempts) FROM refund WHERE order_id = :id")
                                .bind("id", id)
                                .mapTo(String.class)
                                .one()));
        assertTrue(reference.startsWith("MOCK-REFUND-") && reference.endsWith(" 1"), reference);
    }

    @Test
    void aCallbackWithoutTransactionIdIsRefused() {
        JsonObject order = shop.placeOrder(shop.newCustomer());
        String body =
                notice(order.get("orderNumber").getAsString(), "75.00").replace(",\"transactionId\":\"wx-1\"", "");
        ApiResponse refused = send(body, signature.sign(bytes(body)));
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.msg().contains("transactionId"), refused::toString);
    }

    private static String result(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        return response.data().getAsJsonObject().get("result").getAsString();
    }

    private List<String> refunds(long orderId) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT CONCAT(transaction_id, ' ', status, ' ', reason) "
                                + "FROM refund WHERE order_id = :id ORDER BY id")
                        .bind("id", orderId)
                        .mapTo(String.class)
                        .list());
    }

    @Test
    void anUnknownOrderIsNotFound() {
        String body = notice("00000000000000000000", "75.00");
        assertEquals(404, send(body, signature.sign(bytes(body))).status());
    }

    private String checkoutTime(long id) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT checkout_time FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    private static String notice(String number, String amount) {
        return "{\"orderNumber\":\"" + number + "\",\"amount\":" + amount + ",\"transactionId\":\"wx-1\"}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private ApiResponse send(String body, String sign) {
        HttpRequest.Builder request = api.request("/notify/paySuccess")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sign != null) {
            request.header(CallbackSignature.HEADER, sign);
        }
        return api.send(request);
    }
}
