package com.skyorders.order;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.http.HttpRequest;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input always gets a clear 4xx in the envelope — never a 500, a stack trace, or a written row. */
@ExtendWith(SkyOrders.class)
class BadInputIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    BadInputIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    /**
     * Over the wire, one row per case: the body ({@code VALID} stands for the customer's address and the pack count,
     * {@code LONG} for 101 characters) and the start of the envelope's message. The parsing and validation rules themselves are unit
     * tested (ApiRequestBodyTest, SubmitOrderTest); these prove each reaches the client as a 400 in the envelope and
     * writes nothing.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {not json                                                  | 请求体不是合法的JSON
            {'amount':1}                                               | 请求体不是合法的JSON
            {"amount":1} trailing                                      | 请求体不是合法的JSON
            [1,2]                                                      | 请求体必须是JSON对象
            ``                                                         | 请求体不能为空
            {"addressBookId":"abc","payMethod":1,"amount":9}           | addressBookId类型错误
            {"addressBookId":1.5,"payMethod":1,"amount":9}             | addressBookId类型错误
            {"addressBookId":18446744073709551617,"payMethod":1,"amount":9} | addressBookId类型错误
            {VALID,"payMethod":1,"amount":"lots"}                      | amount类型错误
            {"payMethod":1,"amount":9}                                 | addressBookId不能为空
            {VALID,"payMethod":7,"amount":9.00}                        | payMethod
            {VALID,"payMethod":1,"amount":-9}                          | amount
            {VALID,"payMethod":1,"amount":9.001}                       | amount
            {VALID,"payMethod":1,"amount":9.00,"remark":"LONG"}        | remark不能超过100个字符
            {VALID,"payMethod":1,"amount":9.00,"estimatedDeliveryTime":"2026-11-23 13:00"} | estimatedDeliveryTime
            {VALID,"payMethod":1,"amount":9.00,"tablewareNumber":100000000000} | tablewareNumber
            """)
    void malformedBodiesAreRefusedNamingTheField(String body, String message) {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        shop.addToCart(customer, Shop.RICE, 1);
        String sent = body.replace("VALID", "\"addressBookId\":" + address + ",\"packAmount\":1")
                .replace("LONG", "长".repeat(101));
        expect(400, message, () -> api.post("/user/order/submit", sent, customer.auth()));
        assertNothingWritten(customer);
    }

    @Test
    void valuesTooLongForTheOrderOrOutOfRangeAreRefusedNotFailed() {
        Customer customer = shop.newCustomer();
        String tooLongConsignee =
                "{\"consignee\":\"" + "名".repeat(33) + "\",\"phone\":\"13800000000\",\"detail\":\"x\"}";
        expect(400, "consignee", () -> api.post("/user/addressBook", tooLongConsignee, customer.auth()));
        String tooLongAddress = "{\"consignee\":\"a\",\"phone\":\"13800000000\",\"provinceName\":\""
                + "省".repeat(32) + "\",\"cityName\":\"" + "市".repeat(32) + "\",\"districtName\":\""
                + "区".repeat(32) + "\",\"detail\":\"" + "路".repeat(200) + "\"}";
        expect(400, "detail", () -> api.post("/user/addressBook", tooLongAddress, customer.auth()));
        long address = shop.addAddress(customer);
        shop.addToCart(customer, Shop.RICE, 1);
        expect(
                400,
                "estimatedDeliveryTime",
                () -> api.post(
                        "/user/order/submit",
                        "{\"addressBookId\":" + address
                                + ",\"payMethod\":1,\"amount\":9.00,\"estimatedDeliveryTime\":\"+10000-01-01 00:00:00\"}",
                        customer.auth()));
        String[] staff = shop.staff();
        expect(
                400,
                "beginTime",
                () -> api.get("/admin/order/conditionSearch?beginTime=%2B10000-01-01%2000:00:00", staff));
    }

    @Test
    void aRemarkThatJsonEscapingInflatesStillPays() {
        Customer customer = shop.newCustomer();
        ApiResponse created = api.post(
                "/user/addressBook",
                "{\"consignee\":\"a\",\"phone\":\"13800000000\"," + "\"detail\":\"" + "x\\u0001".repeat(100) + "\"}",
                customer.auth());
        assertEquals(200, created.status(), created::toString);
        long address = created.data().getAsJsonObject().get("id").getAsLong();
        shop.addToCart(customer, Shop.RICE, 1);
        String remark = "\\u2028\\u0001".repeat(50);
        ApiResponse submitted = api.post(
                "/user/order/submit",
                "{\"addressBookId\":" + address + ",\"payMethod\":1,\"amount\":9.00,\"remark\":\"" + remark + "\"}",
                customer.auth());
        assertEquals(200, submitted.status(), submitted::toString);
        ApiResponse paid = shop.pay(
                customer, submitted.data().getAsJsonObject().get("orderNumber").getAsString());
        assertEquals(200, paid.status(), paid::toString);
    }

    @Test
    void unknownFieldsAreIgnored() {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        shop.addToCart(customer, Shop.RICE, 1);
        ApiResponse response = api.post(
                "/user/order/submit",
                "{\"addressBookId\":" + address
                        + ",\"payMethod\":1,\"amount\":9.00,\"packAmount\":1,\"userId\":1,\"status\":5,\"coupon\":\"FREE\"}",
                customer.auth());
        assertEquals(200, response.status(), response::toString);
        long id = response.data().getAsJsonObject().get("id").getAsLong();
        assertEquals(1, shop.status(id), "a client cannot set the status");
    }

    @Test
    void contentTypeAndSizeAreEnforced() {
        Customer customer = shop.newCustomer();
        ApiResponse form = api.send(api.request("/user/shoppingCart/add", customer.auth())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("dishId=49")));
        assertEquals(415, form.status(), form::toString);
        assertEquals(0, form.code());
        String huge = "{\"dishId\":49,\"dishFlavor\":\"" + "x".repeat(70 * 1024) + "\"}";
        ApiResponse tooLarge = api.post("/user/shoppingCart/add", huge, customer.auth());
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        assertEquals(0, tooLarge.code());
        assertEquals(
                400,
                api.post(
                                "/user/shoppingCart/add",
                                "{\"dishId\":49,\"dishFlavor\":\"" + "x".repeat(51) + "\"}",
                                customer.auth())
                        .status());
        assertEquals(
                0,
                api.get("/user/shoppingCart/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
    }

    @Test
    void idsAndPagesAreChecked() {
        Customer customer = shop.newCustomer();
        String[] auth = customer.auth();
        String[] staff = shop.staff();
        Stream.of("abc", "0", "-1", "1.5", "99999999999999999999")
                .forEach(id -> expect(400, "id必须是正整数", () -> api.get("/user/order/orderDetail/" + id, auth)));
        expect(400, "id必须是正整数", () -> api.put("/admin/order/delivery/x", "", staff));
        for (String size : new String[] {"0", "-5", "101", "100000", "ten"}) {
            expect(400, "pageSize", () -> api.get("/user/order/historyOrders?page=1&pageSize=" + size, auth));
            expect(400, "pageSize", () -> api.get("/admin/order/conditionSearch?page=1&pageSize=" + size, staff));
        }
        expect(400, "page", () -> api.get("/user/order/historyOrders?page=0&pageSize=10", auth));
        expect(400, "status", () -> api.get("/user/order/historyOrders?page=1&pageSize=10&status=9", auth));
        expect(400, "beginTime", () -> api.get("/admin/order/conditionSearch?beginTime=yesterday", staff));
        expect(400, "id", () -> api.put("/admin/order/confirm", "{\"id\":\"one\"}", staff));
        expect(400, "id不能为空", () -> api.put("/admin/order/confirm", "{}", staff));
    }

    @Test
    void wrongMethodsAndPathsAnswerInTheEnvelope() {
        Customer customer = shop.newCustomer();
        ApiResponse wrongMethod = api.get("/user/order/submit", customer.auth());
        assertEquals(405, wrongMethod.status());
        assertEquals(0, wrongMethod.code());
        ApiResponse unknown = api.get("/user/order/nothing-here", customer.auth());
        assertEquals(404, unknown.status());
        assertEquals(0, unknown.code());
    }

    private static void expect(int status, String msgPrefix, Supplier<ApiResponse> call) {
        ApiResponse response = call.get();
        assertAll(
                response.toString(),
                () -> assertEquals(status, response.status()),
                () -> assertEquals(0, response.code()),
                () -> assertTrue(response.msg().startsWith(msgPrefix), "msg " + response.msg()),
                () -> assertTrue(response.json().get("data").isJsonNull()));
    }

    private void assertNothingWritten(Customer customer) {
        int orders = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE user_id = :u")
                        .bind("u", customer.id())
                        .mapTo(Integer.class)
                        .one());
        assertEquals(0, orders);
        assertEquals(
                1,
                api.get("/user/shoppingCart/list", customer.auth())
                        .data()
                        .getAsJsonArray()
                        .size());
    }
}
