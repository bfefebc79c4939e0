package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's doors, over plain HTTP: login required, CSRF on every state change, headers, logout. */
@ExtendWith(SkyOrders.class)
class ConsoleSecurityIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final TestServer server;
    private final Shop shop;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    ConsoleSecurityIT(TestServer server, Shop shop) {
        this.server = server;
        this.shop = shop;
    }

    @Test
    void nothingIsReachableWithoutLogin() throws Exception {
        HttpResponse<String> board = send(get("/console"));
        assertEquals(302, board.statusCode());
        assertTrue(board.headers().firstValue("Location").orElseThrow().endsWith("/console/login"));
        assertEquals(302, send(get("/console/orders/1")).statusCode());
        HttpResponse<String> api = send(get("/console/api/statistics"));
        assertEquals(401, api.statusCode());
        assertTrue(api.body().contains("\"code\":0"), api.body());
    }

    @Test
    void aWrongPasswordIsRefusedOnTheForm() throws Exception {
        String token = csrfFromLoginPage();
        HttpResponse<String> refused = send(form("/console/login", "_csrf=" + token + "&username=admin&password=nope"));
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("账号或密码错误"));
    }

    @Test
    void statesChangeOnlyWithTheCsrfToken() throws Exception {
        long id = shop.placePaidOrder(shop.newCustomer());
        HttpResponse<String> forged = send(form("/console/login", "username=admin&password=123456"));
        assertEquals(302, forged.statusCode(), "a login without the form's token is refused…");
        assertTrue(
                forged.headers().firstValue("Location").orElse("").endsWith("/console/login?expired=1"),
                "…back to a fresh form that says why");
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("sky_console=")));
        HttpResponse<String> freshForm = send(get("/console/login?expired=1"));
        assertTrue(
                freshForm.body().contains("页面已过期"), "Chinese first, even with no Accept-Language: " + freshForm.body());

        String token = login();
        HttpResponse<String> noToken = send(HttpRequest.newBuilder(uri("/console/api/orders/" + id + "/confirm"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.body().contains("CSRF"), noToken.body());
        assertEquals(2, shop.status(id));

        HttpResponse<String> wrongToken = send(HttpRequest.newBuilder(uri("/console/api/orders/" + id + "/confirm"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(403, wrongToken.statusCode());

        HttpResponse<String> withToken = send(HttpRequest.newBuilder(uri("/console/api/orders/" + id + "/confirm"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(200, withToken.statusCode(), withToken.body());
        assertEquals(3, shop.status(id));

        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/console/api/orders/" + id + "/confirm"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("订单状态错误"), "errors in words");

        assertEquals(403, send(form("/console/logout", "")).statusCode(), "logout needs the token too");
        assertEquals(302, send(form("/console/logout", "_csrf=" + token)).statusCode());
        assertEquals(302, send(get("/console")).statusCode(), "signed out");
    }

    @Test
    void theConsoleSendsSecurityHeaders() throws Exception {
        login();
        HttpResponse<String> board = send(get("/console"));
        assertEquals(200, board.statusCode());
        String csp = board.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("DENY", board.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals(
                "nosniff", board.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void anAnonymousVisitCreatesNoSessionAndTheSignInCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> page = send(get("/console/login"));
        assertTrue(
                page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                () -> "no server-side session for a visitor: " + page.headers());
        String loginCsrf = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("sky_login_csrf="))
                .findFirst()
                .orElseThrow();
        assertTrue(loginCsrf.contains("HttpOnly") && loginCsrf.contains("SameSite=Strict"), loginCsrf);

        Matcher matcher = CSRF.matcher(page.body());
        assertTrue(matcher.find());
        HttpResponse<String> signedIn = send(form(
                "/console/login",
                "_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8)
                        + "&username=admin&password=123456"));
        assertEquals(302, signedIn.statusCode());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("sky_console="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sign-in cookie: " + signedIn.headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")));
    }

    private String login() throws Exception {
        String token = csrfFromLoginPage();
        HttpResponse<String> signedIn =
                send(form("/console/login", "_csrf=" + token + "&username=admin&password=123456"));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> board = send(get("/console"));
        assertEquals(200, board.statusCode());
        Matcher matcher = CSRF.matcher(board.body());
        assertTrue(matcher.find(), "the board carries the session's token");
        return matcher.group(1);
    }

    private String csrfFromLoginPage() throws Exception {
        HttpResponse<String> page = send(get("/console/login"));
        assertEquals(200, page.statusCode());
        Matcher matcher = CSRF.matcher(page.body());
        assertTrue(matcher.find(), page.body());
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertNotNull(response);
        return response;
    }
}
