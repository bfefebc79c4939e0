package com.skyorders.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.ApiResponse;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.StaffBrowser;
import com.skyorders.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody without the password keeps a member of staff out (tried as an attacker would): whatever strangers
 * do, a browser that has signed in as {@code admin} before still signs in — by the JSON login and by the console's
 * form — while guessing stays bounded.
 */
@ExtendWith(SkyOrders.class)
class StaffLockoutIT {

    /** The tutorial's nginx sends no client address: behind it, everyone is the proxy's own address. */
    private static final String PROXY = "127.0.0.1";

    private final Api api;
    private final TestServer server;
    private StaffBrowser adminsBrowser;

    StaffLockoutIT(Api api, TestServer server) {
        this.api = api;
        this.server = server;
    }

    /** Admin's own browser signs in once before the attack, from the shop's usual address. */
    @BeforeEach
    void adminHasSignedInBefore() {
        adminsBrowser = new StaffBrowser(server);
        assertEquals(200, adminsBrowser.jsonLogin("admin", "123456", PROXY).status());
    }

    @Test
    void strangersBehindTheSameProxyDoNotLockAdminOut() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            statuses.add(guess(UUID.randomUUID().toString().substring(0, 12), PROXY));
        }
        assertEquals(30, count(statuses, 401), statuses::toString);
        assertEquals(1, count(statuses, 429), "the address is throttled for browsers it does not know");
        assertAdminStillSignsIn(PROXY);
    }

    @Test
    void fiftyOneGuessesFromOneAddressDoNotLockAdminOutElsewhere() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            statuses.add(guess("admin", "198.51.100.23"));
        }
        assertEquals(30, count(statuses, 401), "password checks: refused attempts count nowhere");
        assertEquals(21, count(statuses, 429), statuses::toString);
        assertAdminStillSignsIn("203.0.113.5");
    }

    @Test
    void aUsernameThatLooksLikeAScopeKeyCollidesWithNothing() {
        for (int i = 0; i < 6; i++) {
            assertEquals(401, guess("admin@198.51.100.23", "192.0.2.77"));
        }
        assertAdminStillSignsIn("198.51.100.23");
        assertEquals(
                200,
                new StaffBrowser(server)
                        .jsonLogin("admin", "123456", "198.51.100.23")
                        .status(),
                "not even a browser new to admin is refused: the crafted name was never admin's scope");
    }

    /** From 200 addresses, three guesses each, over one window: at most sky.login.maxFailures password checks. */
    @Test
    void guessingFromTwoHundredAddressesGetsThirtyPasswordChecks() {
        List<Integer> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int address = 1; address <= 200; address++) {
                statuses.add(guess("admin", "10.0." + (address / 250) + "." + (address % 250)));
            }
        }
        assertEquals(30, count(statuses, 401), "password checks");
        assertEquals(570, count(statuses, 429), statuses::toString);
        // A browser admin never used waits out the window (OWASP's trade-off).
        assertRefused("登录失败次数过多，请15分钟后再试", new StaffBrowser(server).jsonLogin("admin", "123456", "10.9.9.9"));
        assertAdminStillSignsIn("10.9.9.9");
    }

    /** Refusals as the tutorial's admin shows them: 200, code 0 and the message (it sends no X-Sky-Status). */
    @Test
    void aKnownBrowsersOwnFailuresAreBoundedToo() {
        for (int i = 0; i < 10; i++) {
            assertRefused("账号或密码错误", adminsBrowser.jsonLogin("admin", "wrong-" + i, PROXY));
        }
        assertRefused("登录失败次数过多，请15分钟后再试", adminsBrowser.jsonLogin("admin", "wrong-10", PROXY));
        assertEquals(
                200,
                new StaffBrowser(server).jsonLogin("admin", "123456", PROXY).status(),
                "the device's failures are its own: other browsers are not affected");
    }

    private static void assertRefused(String message, ApiResponse answer) {
        assertEquals(200, answer.status(), answer::toString);
        assertEquals(0, answer.code(), answer::toString);
        assertEquals(message, answer.msg());
    }

    private void assertAdminStillSignsIn(String from) {
        ApiResponse json = adminsBrowser.jsonLogin("admin", "123456", from);
        assertEquals(200, json.status(), json::toString);
        assertEquals(1, json.code(), json::toString);
        assertTrue(json.data().getAsJsonObject().has("token"), json::toString);
        ApiResponse form = adminsBrowser.consoleLogin("admin", "123456", from);
        assertEquals(302, form.status(), form::toString);
        // Signed in: to the board, or first to 修改密码, as admin still has the tutorial's default password.
        assertTrue(form.header("Location").endsWith("/console/password?initial=1"), form::toString);
    }

    private int guess(String username, String from) {
        return api.post(
                        "/admin/employee/login",
                        "{\"username\":\"" + username + "\",\"password\":\"not-it\"}",
                        "X-Forwarded-For",
                        from)
                .status();
    }

    private static long count(List<Integer> statuses, int status) {
        return statuses.stream().filter(s -> s == status).count();
    }
}
