package com.skyorders.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Console;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import com.skyorders.testing.WeChatDeployment;
import com.skyorders.testing.WeChatKeys;
import com.skyorders.testing.WeChatNotification;
import com.skyorders.testing.WeChatStandIn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * sky.pay.provider=wechat against a stand-in WeChat Pay: the prepay the mini-program hands to wx.requestPayment, the
 * signed and encrypted payment notification, its refusals, and refunds from the outbox.
 */
@ExtendWith(SkyOrders.class)
class WeChatPayIT {

    private static final String PAY = "/notify/wechat/pay";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static WeChatDeployment wechat;

    private final TestServer server;
    private final Shop mainShop;
    private Shop shop;

    WeChatPayIT(TestServer server, Shop mainShop) {
        this.server = server;
        this.mainShop = mainShop;
    }

    @BeforeAll
    static void deploy(TestServer server) throws Exception {
        wechat = WeChatDeployment.start(server, "/wx-pay");
    }

    @AfterAll
    static void undeploy() {
        wechat.close();
    }

    @Test
    void thePrepayAnswersWhatWxRequestPaymentNeedsSignedWithTheMerchantKey() {
        Shop.Customer customer = customer("o-prepay");
        JsonObject order = shop().placeOrder(customer);
        String number = order.get("orderNumber").getAsString();
        ApiResponse paid = shop().pay(customer, number);
        assertEquals(200, paid.status(), paid::toString);
        JsonObject prepay = paid.data().getAsJsonObject();
        String timeStamp = prepay.get("timeStamp").getAsString();
        String nonceStr = prepay.get("nonceStr").getAsString();
        String packageStr = prepay.get("packageStr").getAsString();
        assertEquals("prepay_id=wx" + number, packageStr);
        assertEquals("RSA", prepay.get("signType").getAsString());
        assertEquals(32, nonceStr.length());
        assertTrue(Math.abs(Long.parseLong(timeStamp) - Instant.now().getEpochSecond()) < 60, timeStamp);
        // What WeChat's client checks before it opens the payment sheet.
        String message = WeChatKeys.APP_ID + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageStr + "\n";
        String paySign = prepay.get("paySign").getAsString();
        assertTrue(WeChatKeys.verify(wechat.keys().merchantPublicKey(), message, paySign));
        assertFalse(WeChatKeys.verify(wechat.keys().merchantPublicKey(), message.replace(number, "0"), paySign));

        WeChatStandIn.PrepayCall call = wechat.standIn().prepays().stream()
                .filter(p -> p.outTradeNo().equals(number))
                .findFirst()
                .orElseThrow();
        assertEquals(
                new WeChatStandIn.PrepayCall(
                        WeChatKeys.APP_ID,
                        WeChatKeys.MERCHANT_ID,
                        number,
                        7500,
                        "o-prepay",
                        WeChatDeployment.NOTIFY_BASE_URL + PAY),
                call);
        assertEquals(1, mainShop.status(order.get("id").getAsLong()), "unpaid until WeChat notifies");
    }

    @Test
    void aVerifiedNotificationPaysTheOrderRingsTheConsoleAndItsReplayChangesNothing() throws Exception {
        JsonObject order = shop().placeOrder(customer("o-notify"));
        long id = order.get("id").getAsLong();
        String number = order.get("orderNumber").getAsString();
        String[] staff = mainShop.staff();
        try (Console console = Console.withToken(server, staff[1], "wx-notify")) {
            WeChatNotification notice =
                    WeChatNotification.payment(wechat.keys(), number, "4200001", 7500, Instant.now());
            ApiResponse first = notice.sendTo(wechat.api(), PAY);
            assertEquals(200, first.status(), first::toString);
            assertEquals("SUCCESS", first.json().get("code").getAsString());
            assertEquals(2, mainShop.status(id));
            JsonObject ring = console.next(WAIT);
            assertNotNull(ring, "the merchant console rings");
            assertEquals(1, ring.get("type").getAsInt());
            assertEquals(id, ring.get("orderId").getAsLong());
            String paidState = payState(id);

            ApiResponse replay = notice.sendTo(wechat.api(), PAY);
            assertEquals(200, replay.status(), "WeChat hears success, so it stops resending: " + replay);
            assertEquals(paidState, payState(id));
            assertEquals(List.of(), console.drain(Duration.ofMillis(600)), "no second ring");
        }
    }

    @Test
    void untrustedOrWrongNotificationsAreRefusedAndTheOrderStaysUnpaid() {
        JsonObject order = shop().placeOrder(customer("o-refused"));
        long id = order.get("id").getAsLong();
        String number = order.get("orderNumber").getAsString();
        String before = payState(id);

        WeChatNotification tampered = WeChatNotification.payment(wechat.keys(), number, "4200002", 7500, Instant.now());
        tampered.body = tampered.body.replace("TRANSACTION.SUCCESS", "TRANSACTION.SUCCESs");
        assertRefused(401, tampered);

        WeChatNotification otherKey = WeChatNotification.payment(wechat.keys(), number, "4200002", 7500, Instant.now());
        otherKey.serial = "PUB_KEY_ID_SOMEONE_ELSE";
        assertRefused(401, otherKey);

        assertRefused(
                401,
                WeChatNotification.payment(
                        wechat.keys(), number, "4200002", 7500, Instant.now().minus(Duration.ofMinutes(10))));
        assertRefused(409, WeChatNotification.payment(wechat.keys(), number, "4200002", 7400, Instant.now()));
        assertRefused(404, WeChatNotification.payment(wechat.keys(), "99999999999999", "4200003", 7500, Instant.now()));
        String mockCallback = "{\"orderNumber\":\"" + number + "\",\"amount\":75.00,\"transactionId\":\"x\"}";
        ApiResponse hmac = wechat.api()
                .send(wechat.api()
                        .request("/notify/paySuccess")
                        .header("Content-Type", "application/json")
                        .header(
                                CallbackSignature.HEADER,
                                new CallbackSignature(TestServer.PAY_SECRET)
                                        .sign(mockCallback.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(mockCallback)));
        assertEquals(404, hmac.status(), () -> "the mock's callback does not exist beside WeChat Pay: " + hmac);
        assertEquals(before, payState(id), "nothing of the order changed");

        ApiResponse genuine = WeChatNotification.payment(wechat.keys(), number, "4200002", 7500, Instant.now())
                .sendTo(wechat.api(), PAY);
        assertEquals(200, genuine.status(), () -> "and the genuine one still pays it: " + genuine);
        assertEquals(2, mainShop.status(id));
    }

    @Test
    void aRefundIsSentOnceAcrossALostAnswerARetryAndARestart() {
        Shop.Customer customer = customer("o-refund");
        JsonObject order = shop().placeOrder(customer);
        long id = order.get("id").getAsLong();
        String number = order.get("orderNumber").getAsString();
        assertEquals(
                200,
                WeChatNotification.payment(wechat.keys(), number, "4200009", 7500, Instant.now())
                        .sendTo(wechat.api(), PAY)
                        .status());
        assertEquals(
                200,
                wechat.api()
                        .put("/user/order/cancel/" + id, "", customer.auth())
                        .status());
        String refundNumber = refundColumn(id, "refund_number");

        wechat.standIn().loseNextRefundAnswer();
        assertEquals(0, sendRefunds(), "WeChat made the refund but its answer was lost");
        assertEquals("PENDING 1", refundColumn(id, "CONCAT(status, ' ', attempts)"));
        TestServer.shiftClock(wechat.context(), Duration.ofMinutes(1));
        assertEquals(1, sendRefunds(), "the retry, after the backoff, with the same refund number");
        assertEquals(2, wechat.standIn().refundCalls(refundNumber));
        assertEquals(1, wechat.standIn().refundsMade().size() - otherRefunds(refundNumber));
        assertEquals(wechat.standIn().refundsMade().get(refundNumber), refundColumn(id, "gateway_ref"));

        wechat.restart();
        assertEquals(0, sendRefunds(), "a restarted node never sends it again");
        assertEquals(2, wechat.standIn().refundCalls(refundNumber));

        String refundId = refundColumn(id, "gateway_ref");
        ApiResponse settled = WeChatNotification.refund(wechat.keys(), refundNumber, refundId, "SUCCESS", Instant.now())
                .sendTo(wechat.api(), "/notify/wechat/refund");
        assertEquals(200, settled.status(), settled::toString);
        assertEquals("SUCCESS", refundColumn(id, "result"));
        assertEquals(
                404,
                WeChatNotification.refund(wechat.keys(), "RF-unknown", "1", "SUCCESS", Instant.now())
                        .sendTo(wechat.api(), "/notify/wechat/refund")
                        .status());
    }

    private int otherRefunds(String refundNumber) {
        return (int) wechat.standIn().refundsMade().keySet().stream()
                .filter(n -> !n.equals(refundNumber))
                .count();
    }

    private int sendRefunds() {
        return TestServer.hooks(wechat.context()).runSweep("sendRefunds");
    }

    private void assertRefused(int status, WeChatNotification notification) {
        ApiResponse response = notification.sendTo(wechat.api(), PAY);
        assertEquals(status, response.status(), response::toString);
        assertEquals("FAIL", response.json().get("code").getAsString(), response::toString);
    }

    /** A customer logged in through wx.login and the stand-in's jscode2session. */
    private Shop.Customer customer(String openid) {
        ApiResponse login = wechat.api()
                .post("/user/user/login", "{\"code\":\"" + wechat.standIn().loginCode(openid) + "\"}");
        assertEquals(200, login.status(), login::toString);
        JsonObject data = login.data().getAsJsonObject();
        return new Shop.Customer(data.get("id").getAsLong(), data.get("token").getAsString());
    }

    private Shop shop() {
        if (shop == null) {
            shop = new Shop(wechat.api(), server);
        }
        return shop;
    }

    private String payState(long id) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT CONCAT_WS(' ', status, pay_status, checkout_time, "
                                + "pay_transaction_id) FROM orders WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    private String refundColumn(long orderId, String column) {
        return server.jdbi()
                .withHandle(h -> h.createQuery("SELECT " + column + " FROM refund WHERE order_id = :id")
                        .bind("id", orderId)
                        .mapTo(String.class)
                        .one());
    }
}
