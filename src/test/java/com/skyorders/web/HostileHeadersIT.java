package com.skyorders.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.RawHandshake;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Headers of any size or shape — X-Forwarded-For, Origin, cookies — never give a 500 (a long X-Forwarded-For once
 * reached the login throttle's key and failed its insert).
 */
@ExtendWith(SkyOrders.class)
class HostileHeadersIT {

    private static final List<String> VALUES = List.of(
            "198.51.100.1, ".repeat(300) + "203.0.113.9",
            "x".repeat(4000),
            "<script>alert(1)</script>",
            "unknown",
            "::::::::",
            "1.2.3.4.5.6.7.8.9",
            "' OR 1=1 -- ",
            "%00%FF",
            "null",
            ",,,,",
            "%E9%95%BF".repeat(500));

    private static final List<String> COOKIES = List.of(
            "sky_device=" + "a".repeat(43),
            "sky_device=" + "a".repeat(5000),
            "sky_device=;;;==; sky_console=%%%",
            "sky_console=" + "b".repeat(127) + "; sky_device=" + "c".repeat(42) + "!",
            "=;=;=;".repeat(200),
            "sky_lang=" + "zh".repeat(1000));

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    HostileHeadersIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @TestFactory
    Stream<DynamicTest> noHeaderMakesA500() {
        String token = shop.staffToken();
        List<DynamicTest> tests = new ArrayList<>();
        for (String value : VALUES) {
            String label = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
            tests.add(DynamicTest.dynamicTest("X-Forwarded-For " + label, () -> {
                refusedCleanly(api.post(
                        "/admin/employee/login",
                        "{\"username\":\"admin\",\"password\":\"no\"}",
                        "X-Forwarded-For",
                        value));
                refusedCleanly(api.post("/user/user/login", "{\"code\":\"hostile-xff\"}", "X-Forwarded-For", value));
                refusedCleanly(api.get("/health", "X-Forwarded-For", value));
            }));
            tests.add(DynamicTest.dynamicTest("Origin " + label, () -> {
                refusedCleanly(api.get("/admin/order/statistics", "token", token, "Origin", value));
                int status = RawHandshake.to(server.baseUrl())
                        .header("Origin", value)
                        .status("/ws/hostile?token=" + token);
                assertTrue(status < 500, () -> "socket handshake answered " + status);
            }));
            tests.add(DynamicTest.dynamicTest(
                    "X-Monitor-Token " + label, () -> refusedCleanly(api.get("/health", "X-Monitor-Token", value))));
        }
        for (String cookie : COOKIES) {
            String label = cookie.length() > 40 ? cookie.substring(0, 40) + "…(" + cookie.length() + ")" : cookie;
            tests.add(DynamicTest.dynamicTest("Cookie " + label, () -> {
                refusedCleanly(api.post(
                        "/admin/employee/login", "{\"username\":\"admin\",\"password\":\"no\"}", "Cookie", cookie));
                refusedCleanly(api.get("/console", "Cookie", cookie));
                refusedCleanly(api.get("/console/login", "Cookie", cookie));
            }));
        }
        return tests.stream();
    }

    private static void refusedCleanly(ApiResponse response) {
        assertTrue(response.status() < 500, response::toString);
    }
}
