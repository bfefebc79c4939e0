package com.skyorders.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.skyorders.payment.CallbackSignature;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every endpoint × a table of hostile inputs: wrong types, huge and negative numbers, 64 KiB strings, deep JSON,
 * bad UTF-8, empty bodies, bad dates, unknown ids and other customers' ids. Whatever comes in: never a 500, always the
 * envelope, and a refused request changes no row.
 */
@ExtendWith(SkyOrders.class)
class HostileInputIT {

    /** Values put in one JSON field at a time (as raw JSON). */
    private static final List<String> FIELD_VALUES = List.of(
            "\"x\"",
            "\"\"",
            "-1",
            "0",
            "2147483648",
            "9223372036854775808",
            "1e309",
            "-1e309",
            "1.5",
            "true",
            "null",
            "[]",
            "{}",
            "[1,2]",
            "\"" + "长".repeat(64 * 1024 / 3 + 10) + "\"",
            "\"\\u0000\"",
            "\"2026-13-45 25:61:00\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 -- \"",
            "\"../../etc/passwd\"");
    /** Whole bodies, as raw bytes. */
    private static final List<byte[]> BODIES = List.of(
            new byte[0],
            bytes("{"),
            bytes("[]"),
            bytes("\"x\""),
            bytes("null"),
            bytes("{} trailing"),
            bytes("{'a':1}"),
            bytes("[".repeat(20_000) + "]".repeat(20_000)),
            bytes("{\"a\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001)),
            new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'},
            bytes("{\"x\":\"" + "a".repeat(70 * 1024) + "\"}"));
    /** Path ids and query values. */
    private static final List<String> PATH_VALUES =
            List.of("-1", "0", "abc", "99999999999999999999", "1.5", "%00", "%E4%B8", "1%20OR%201=1", "x".repeat(3000));

    private static final List<String> QUERY_VALUES = List.of(
            "-1",
            "0",
            "abc",
            "99999999999999999999",
            "1000000",
            "2026-13-45%2025:61:00",
            "%00",
            "x".repeat(3000),
            "%FF%FE");

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    HostileInputIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    private record Endpoint(String method, String path, String[] auth, Map<String, String> body, List<String> query) {}

    @TestFactory
    Stream<DynamicTest> everyEndpointRefusesHostileInputCleanly() {
        Customer mine = shop.newCustomer();
        Customer other = shop.newCustomer();
        long myOrder = shop.placePaidOrder(mine);
        long theirOrder = shop.placePaidOrder(other);
        long theirAddress = shop.addAddress(other);
        shop.addToCart(mine, Shop.KUNG_PAO, 1);
        String[] staff = shop.staff();
        String[] customer = mine.auth();

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/user/user/login", null, Map.of("code", "\"c\""), List.of()),
                new Endpoint("GET", "/user/dish/list", customer, null, List.of("categoryId")),
                new Endpoint("GET", "/user/category/list", customer, null, List.of("type")),
                new Endpoint(
                        "POST",
                        "/user/addressBook",
                        customer,
                        Map.of("consignee", "\"李四\"", "phone", "\"13800000000\"", "sex", "\"1\"", "detail", "\"x\""),
                        List.of()),
                new Endpoint("GET", "/user/addressBook/{id}", customer, null, List.of()),
                new Endpoint("PUT", "/user/addressBook/default", customer, Map.of("id", "" + theirAddress), List.of()),
                new Endpoint(
                        "POST",
                        "/user/shoppingCart/add",
                        customer,
                        Map.of("dishId", "66", "dishFlavor", "null", "setmealId", "null"),
                        List.of()),
                new Endpoint("POST", "/user/shoppingCart/sub", customer, Map.of("dishId", "66"), List.of()),
                new Endpoint(
                        "POST",
                        "/user/order/submit",
                        customer,
                        Map.of(
                                "addressBookId",
                                "" + theirAddress,
                                "payMethod",
                                "1",
                                "amount",
                                "41.00",
                                "packAmount",
                                "1",
                                "remark",
                                "\"r\"",
                                "estimatedDeliveryTime",
                                "\"2026-11-23 13:00:00\"",
                                "tablewareNumber",
                                "1"),
                        List.of()),
                new Endpoint(
                        "PUT",
                        "/user/order/payment",
                        customer,
                        Map.of("orderNumber", "\"1\"", "payMethod", "1"),
                        List.of()),
                new Endpoint("GET", "/user/order/historyOrders", customer, null, List.of("page", "pageSize", "status")),
                new Endpoint("GET", "/user/order/orderDetail/{id}", customer, null, List.of()),
                new Endpoint("PUT", "/user/order/cancel/{id}", customer, null, List.of()),
                new Endpoint("POST", "/user/order/repetition/{id}", customer, null, List.of()),
                new Endpoint("GET", "/user/order/reminder/{id}", customer, null, List.of()),
                new Endpoint(
                        "POST",
                        "/admin/employee/login",
                        null,
                        Map.of("username", "\"nobody\"", "password", "\"x\""),
                        List.of()),
                new Endpoint("POST", "/admin/employee/status/{id}", staff, null, List.of("id")),
                new Endpoint(
                        "GET",
                        "/admin/order/conditionSearch",
                        staff,
                        null,
                        List.of("page", "pageSize", "number", "phone", "status", "beginTime", "endTime")),
                new Endpoint("GET", "/admin/order/details/{id}", staff, null, List.of()),
                new Endpoint("PUT", "/admin/order/confirm", staff, Map.of("id", "" + Long.MAX_VALUE), List.of()),
                new Endpoint(
                        "PUT",
                        "/admin/order/rejection",
                        staff,
                        Map.of("id", "" + Long.MAX_VALUE, "rejectionReason", "\"r\""),
                        List.of()),
                new Endpoint(
                        "PUT",
                        "/admin/order/cancel",
                        staff,
                        Map.of("id", "" + Long.MAX_VALUE, "cancelReason", "\"r\""),
                        List.of()),
                new Endpoint("PUT", "/admin/order/delivery/{id}", staff, null, List.of()),
                new Endpoint("PUT", "/admin/order/complete/{id}", staff, null, List.of()),
                new Endpoint(
                        "PUT",
                        "/admin/order/reminder/reply",
                        staff,
                        Map.of("orderId", "" + Long.MAX_VALUE, "reply", "\"r\""),
                        List.of()),
                new Endpoint("GET", "/admin/messages/page", staff, null, List.of("pageNum", "pageSize", "status")),
                new Endpoint("PUT", "/admin/messages/{id}", staff, null, List.of()),
                new Endpoint("PUT", "/admin/messages/batch", staff, Map.of(), List.of()),
                new Endpoint(
                        "POST",
                        "/notify/paySuccess",
                        null,
                        Map.of("orderNumber", "\"1\"", "amount", "1.00", "transactionId", "\"t\""),
                        List.of()));

        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.path().contains("{id}")) {
                List<String> ids = new ArrayList<>(PATH_VALUES);
                ids.add(String.valueOf(endpoint.path().startsWith("/user/") ? theirOrder : Long.MAX_VALUE));
                for (String id : ids) {
                    String path = endpoint.path().replace("{id}", id);
                    cases.add(check(endpoint, path, endpoint.body() == null ? null : bytes(json(endpoint.body()))));
                }
            }
            String path = endpoint.path().replace("{id}", String.valueOf(myOrder));
            for (String name : endpoint.query()) {
                for (String value : QUERY_VALUES) {
                    cases.add(check(endpoint, path + "?" + name + "=" + value, null));
                }
            }
            if (endpoint.body() != null) {
                for (String field : endpoint.body().keySet()) {
                    for (String value : FIELD_VALUES) {
                        Map<String, String> body = new LinkedHashMap<>(endpoint.body());
                        body.put(field, value);
                        cases.add(check(endpoint, path, bytes(json(body))));
                    }
                }
                for (byte[] body : BODIES) {
                    cases.add(check(endpoint, path, body));
                }
            }
        }
        return cases.stream();
    }

    private DynamicTest check(Endpoint endpoint, String path, byte[] body) {
        String name = endpoint.method() + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path)
                + (body == null ? "" : " " + preview(body));
        return DynamicTest.dynamicTest(name, () -> {
            long before = fingerprint();
            ApiResponse response = send(endpoint, path, body);
            assertTrue(response.status() < 500, () -> "server error: " + response);
            JsonElement parsed;
            try {
                parsed = JsonParser.parseString(response.body());
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: " + response, e);
            }
            assertTrue(parsed.isJsonObject() && parsed.getAsJsonObject().has("code"), () -> "no envelope: " + response);
            JsonObject envelope = parsed.getAsJsonObject();
            if (response.status() >= 400) {
                assertEquals(0, envelope.get("code").getAsInt(), response::toString);
                assertTrue(
                        envelope.has("msg")
                                && !envelope.get("msg").isJsonNull()
                                && !envelope.get("msg").getAsString().isBlank(),
                        response::toString);
                assertTrue(
                        !response.body().contains("Exception")
                                && !response.body().contains("at com."),
                        response::toString);
                assertEquals(before, fingerprint(), () -> "a refused request changed rows: " + response);
            }
        });
    }

    private ApiResponse send(Endpoint endpoint, String path, byte[] body) {
        List<String> headers = new ArrayList<>();
        if (endpoint.auth() != null) {
            headers.addAll(List.of(endpoint.auth()));
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            headers.addAll(List.of("Content-Type", "application/json"));
            publisher = HttpRequest.BodyPublishers.ofByteArray(body);
            if (endpoint.path().equals("/notify/paySuccess")) {
                headers.addAll(
                        List.of(CallbackSignature.HEADER, new CallbackSignature(TestServer.PAY_SECRET).sign(body)));
            }
        }
        return api.send(api.request(path, headers.toArray(String[]::new)).method(endpoint.method(), publisher));
    }

    /** Changes to what customers and staff own; throttle and token bookkeeping may change on any request. */
    private long fingerprint() {
        return server.jdbi()
                .withHandle(h -> h
                        .createQuery("CHECKSUM TABLE orders, order_detail, shopping_cart, "
                                + "address_book, refund, alert, employee, user, order_reminder")
                        .mapToMap()
                        .list()
                        .stream()
                        .mapToLong(row -> ((Number) row.get("checksum")).longValue())
                        .sum());
    }

    private static String json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return json.append('}').toString();
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 60 ? text.substring(0, 60) + "…(" + body.length + " bytes)" : text;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
