package com.skyorders.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins, tokens and their boundaries, over real HTTP. */
@ExtendWith(SkyOrders.class)
class IdentityIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    IdentityIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void aNewOpenidRegistersAndTheSameOneLogsInAgain() {
        JsonObject first = api.post("/user/user/login", "{\"code\":\"wx-openid-42\"}")
                .data()
                .getAsJsonObject();
        JsonObject second = api.post("/user/user/login", "{\"code\":\"wx-openid-42\"}")
                .data()
                .getAsJsonObject();
        assertEquals("wx-openid-42", first.get("openid").getAsString());
        assertEquals(first.get("id").getAsLong(), second.get("id").getAsLong());
        assertNotEquals(first.get("token").getAsString(), second.get("token").getAsString());
        JsonObject demo = api.post("/user/user/login", "{\"code\":\"demo-customer\"}")
                .data()
                .getAsJsonObject();
        assertEquals(1, demo.get("id").getAsLong(), "the demo customer");
    }

    @Test
    void aMalformedCodeIsRefused() {
        ApiResponse response = api.post("/user/user/login", "{\"code\":\"<script>\"}");
        assertEquals(400, response.status());
        assertEquals(400, api.post("/user/user/login", "{}").status());
    }

    @Test
    void staffLoginReturnsTheEmployeeAndAToken() {
        ApiResponse login = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(200, login.status(), login::toString);
        JsonObject data = login.data().getAsJsonObject();
        assertEquals(1, data.get("id").getAsLong());
        assertEquals("admin", data.get("userName").getAsString());
        assertEquals("管理员", data.get("name").getAsString());
        assertEquals(43, data.get("token").getAsString().length());
    }

    @Test
    void aWrongUserAndAWrongPasswordGetTheSameAnswer() {
        ApiResponse wrongPassword = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"nope\"}");
        ApiResponse wrongUser = api.post("/admin/employee/login", "{\"username\":\"nobody\",\"password\":\"123456\"}");
        assertEquals(401, wrongPassword.status());
        assertEquals(wrongPassword.body(), wrongUser.body());
        assertEquals("账号或密码错误", wrongUser.msg());
    }

    @Test
    void aLockedAccountIsToldSoOnlyWithTheRightPassword() {
        server.jdbi().useHandle(h -> h.execute("UPDATE employee SET status = 0 WHERE id = 1"));
        assertEquals(
                401,
                api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"x\"}")
                        .status());
        ApiResponse locked = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(403, locked.status());
        assertEquals("账号被锁定", locked.msg());
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPasswordFromABrowserTheEmployeeNeverUsed() {
        for (int i = 0; i < 30; i++) { // sky.login.maxFailures; StaffLockoutIT: a known browser still signs in
            assertEquals(
                    401,
                    api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"guess" + i + "\"}")
                            .status());
        }
        ApiResponse throttled = api.post("/admin/employee/login", "{\"username\":\"admin\",\"password\":\"123456\"}");
        assertEquals(429, throttled.status(), throttled::toString);
        assertEquals("登录失败次数过多，请15分钟后再试", throttled.msg());
    }

    @Test
    void everyProtectedPathNeedsItsOwnKindOfToken() {
        Customer customer = shop.newCustomer();
        String[] staff = shop.staff();
        assertEquals(401, api.get("/user/order/historyOrders").status());
        assertEquals(401, api.get("/admin/order/statistics").status());
        assertEquals(
                401,
                api.get("/user/order/historyOrders", "authentication", "made-up")
                        .status());
        assertEquals(
                401,
                api.get("/admin/order/statistics", "token", customer.token()).status(),
                "a customer token never opens /admin");
        assertEquals(
                401,
                api.get("/user/order/historyOrders", "authentication", staff[1]).status(),
                "a staff token never acts as a customer");
        ApiResponse unauthorized = api.get("/admin/order/statistics");
        assertEquals(0, unauthorized.code());
        assertEquals(200, api.get("/user/order/historyOrders", customer.auth()).status());
        assertEquals(200, api.get("/admin/order/statistics", staff).status());
    }

    @Test
    void aCustomerTokenCannotReachStaffEndpointsThroughUnusualPaths() {
        Customer customer = shop.newCustomer();
        for (String path : new String[] {
            "//admin/order/statistics",
            "/admin;x=1/order/statistics",
            "/%61dmin/order/statistics",
            "/./admin/order/statistics",
            "/user/../admin/order/statistics"
        }) {
            ApiResponse response = api.get(path, customer.auth());
            org.junit.jupiter.api.Assertions.assertNotEquals(200, response.status(), () -> path + " → " + response);
            org.junit.jupiter.api.Assertions.assertTrue(
                    response.status() == 401 || response.status() == 404 || response.status() == 400,
                    () -> path + " → " + response);
        }
    }

    @Test
    void logoutRevokesTheToken() {
        Customer customer = shop.newCustomer();
        assertEquals(200, api.post("/user/user/logout", "", customer.auth()).status());
        assertEquals(401, api.get("/user/order/historyOrders", customer.auth()).status());
        String[] staff = shop.staff();
        assertEquals(200, api.post("/admin/employee/logout", "", staff).status());
        assertEquals(401, api.get("/admin/order/statistics", staff).status());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Customer customer = shop.newCustomer();
        server.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE auth_token SET expires_at = NOW() - INTERVAL 1 SECOND "
                                + "WHERE subject_id = ? AND role = 'CUSTOMER'",
                        customer.id()));
        assertEquals(401, api.get("/user/order/historyOrders", customer.auth()).status());
    }
}
