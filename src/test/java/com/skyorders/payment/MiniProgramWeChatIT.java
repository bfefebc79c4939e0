package com.skyorders.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import com.skyorders.testing.WeChatDeployment;
import com.skyorders.testing.WeChatKeys;
import com.skyorders.testing.WeChatNotification;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compiled mini-program's own requests (../shared/clients/mp-weixin/common/vendor.js: its request util's
 * headers, its pages' JSON bodies), replayed against a shop running both WeChat providers: two cold launches of one
 * WeChat user, each from a wx.login code to an order paid through WeChat Pay. One customer; the address kept.
 */
@ExtendWith(SkyOrders.class)
class MiniProgramWeChatIT {

    private static final String OPENID = "o-mini-program-launches";
    private static WeChatDeployment wechat;

    private final TestServer server;
    private final Api api;

    MiniProgramWeChatIT(TestServer server) {
        this.server = server;
        this.api = wechat.api();
    }

    @BeforeAll
    static void deploy(TestServer server) throws Exception {
        wechat = WeChatDeployment.start(server, "/wx-mp");
    }

    @AfterAll
    static void undeploy() {
        wechat.close();
    }

    @Test
    void twoLaunchesOfOneWeChatUserAreOneCustomerWhoPaysThroughWeChatPayAndKeepsTheAddress() {
        // Launch 1: the store's token starts empty; the index page logs in with wx.login's code.
        JsonObject first = ok(call("POST", "/user/user/login", "", "{\"code\":\"" + wxLogin() + "\"}"));
        String token = first.get("token").getAsString();
        // pages/addOrEditAddress: its form, spread, plus label/consignee/province/city/district.
        ok(call("POST", "/user/addressBook", token, """
                {"name":"张三","phone":"13812345678","type":1,"sex":"0","provinceCode":"11","provinceName":"北京市",\
                "cityCode":"1101","cityName":"市辖区","districtCode":"110102","districtName":"西城区",\
                "detail":"金融街1号","label":1,"consignee":"张三"}"""));
        long addressId = addresses(token).get(0).getAsJsonObject().get("id").getAsLong();
        String paid = orderAndPay(token, addressId);

        // Launch 2: a cold start forgets the token (vuex memory only) and logs in with a new code.
        JsonObject second = ok(call("POST", "/user/user/login", "", "{\"code\":\"" + wxLogin() + "\"}"));
        assertEquals(first.get("id").getAsLong(), second.get("id").getAsLong(), "the same customer");
        String again = second.get("token").getAsString();
        JsonArray kept = addresses(again);
        assertEquals(1, kept.size(), kept::toString);
        assertEquals(addressId, kept.get(0).getAsJsonObject().get("id").getAsLong());
        JsonObject history = ok(call("GET", "/user/order/historyOrders?page=1&pageSize=10", again, null));
        assertTrue(history.toString().contains(paid), "the first launch's order is in the history");
        orderAndPay(again, addressId);

        int customers = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM user WHERE openid = :o")
                        .bind("o", OPENID)
                        .mapTo(Integer.class)
                        .one());
        assertEquals(1, customers, "one customer row for the openid");
    }

    /** Index page cart adds, pages/order submit, pages/pay payment, WeChat's notification; returns the number. */
    private String orderAndPay(String token, long addressId) {
        for (String dish : new String[] {"66", "66", "49"}) {
            ok(call("POST", "/user/shoppingCart/add", token, "{\"dishFlavor\":null,\"dishId\":" + dish + "}"));
        }
        String deliverBy = LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .plusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        JsonObject order = ok(call("POST", "/user/order/submit", token, """
                {"payMethod":1,"addressBookId":%d,"remark":"","estimatedDeliveryTime":"%s","deliveryStatus":1,\
                "tablewareStatus":1,"tablewareNumber":3,"packAmount":3,"amount":75}""".formatted(addressId, deliverBy)));
        String number = order.get("orderNumber").getAsString();
        JsonObject prepay =
                ok(call("PUT", "/user/order/payment", token, "{\"orderNumber\":\"" + number + "\",\"payMethod\":1}"));
        // wx.requestPayment({nonceStr, package: packageStr, paySign, timeStamp, signType}) checks the signature.
        String message = WeChatKeys.APP_ID + "\n" + prepay.get("timeStamp").getAsString() + "\n"
                + prepay.get("nonceStr").getAsString() + "\n"
                + prepay.get("packageStr").getAsString() + "\n";
        assertTrue(WeChatKeys.verify(
                wechat.keys().merchantPublicKey(),
                message,
                prepay.get("paySign").getAsString()));
        // The customer pays in WeChat's sheet; WeChat Pay notifies the shop.
        ApiResponse notified = WeChatNotification.payment(
                        wechat.keys(), number, "42" + System.nanoTime(), 7500, Instant.now())
                .sendTo(api, "/notify/wechat/pay");
        assertEquals(200, notified.status(), notified::toString);
        // pages/success → the order's details: 待接单.
        JsonObject detail =
                ok(call("GET", "/user/order/orderDetail/" + order.get("id").getAsLong(), token, null));
        assertEquals(2, detail.get("status").getAsInt(), detail::toString);
        assertEquals(1, detail.get("payStatus").getAsInt(), detail::toString);
        return number;
    }

    private JsonArray addresses(String token) {
        ApiResponse list = call("GET", "/user/addressBook/list", token, null);
        assertEquals(200, list.status(), list::toString);
        return list.data().getAsJsonArray();
    }

    private String wxLogin() {
        return wechat.standIn().loginCode(OPENID);
    }

    /** The request util: the same four headers on every call, JSON bodies, the token (maybe empty) as is. */
    private ApiResponse call(String method, String path, String token, String json) {
        HttpRequest.Builder request = api.request(path)
                .header("Accept", "application/json")
                .header("Access-Control-Allow-Origin", "*")
                .header("Content-Type", "application/json")
                .header("authentication", token);
        return api.send(request.method(
                method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The mini-program resolves a call only when code is 1. */
    private static JsonObject ok(ApiResponse response) {
        assertEquals(200, response.status(), response::toString);
        assertEquals(1, response.code(), response::toString);
        return response.data() == null || response.data().isJsonNull()
                ? new JsonObject()
                : response.data().getAsJsonObject();
    }
}
