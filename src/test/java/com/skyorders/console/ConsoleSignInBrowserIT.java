package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Browser;
import com.skyorders.testing.RoundRobinProxy;
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
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's sign-in as a shop lives with it: quiet hours with the page open, a sign-out in another tab, and two
 * Tomcats behind a balancer without stickiness.
 */
@ExtendWith(SkyOrders.class)
class ConsoleSignInBrowserIT {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    private final Shop shop;
    private final TestServer server;
    private ChromeDriver browser;

    ConsoleSignInBrowserIT(Shop shop, TestServer server) {
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(Path.of("target", "browser"));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void aConsoleLeftOpenThroughQuietHoursStillRings() throws Exception {
        Context idle = server.deployExtra("/idle", Map.of("sky.console.idleTimeout", "PT1M"));
        try {
            String base = server.baseUrl() + "/idle";
            signIn(base);
            awaitConnected();
            // A second sign-in, on another device whose console is closed: nothing keeps it alive.
            HttpClient closedDevice = signInOverHttp(base);

            // Three quiet minutes, each a jump of the app's clock; the page sends nothing, only its socket is open.
            for (int seconds = 40; seconds <= 200; seconds += 40) {
                TestServer.shiftClock(idle, Duration.ofSeconds(seconds));
                LocalDateTime appNow = LocalDateTime.now(SHOP_ZONE).plusSeconds(seconds);
                awaitRenewedPast(appNow.plusSeconds(45));
            }
            assertEquals(
                    302,
                    get(closedDevice, base + "/console").statusCode(),
                    "a sign-in idle for over a minute with no console open has ended");

            long id = shop.placePaidOrder(shop.newCustomer());
            waitFor(Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".popup[data-order-id='" + id + "']")));
            assertTrue(browser.getCurrentUrl().endsWith("/idle/console"), browser.getCurrentUrl());
        } finally {
            server.undeploy(idle);
        }
    }

    @Test
    void signingOutInAnotherTabSaysSoAndReachesTheLoginPage() throws Exception {
        signIn(server.baseUrl());
        awaitConnected();
        String board = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(server.baseUrl() + "/console");
        browser.findElement(By.id("logout")).click();
        waitFor(Duration.ofSeconds(5)).until(ExpectedConditions.urlContains("/console/login"));
        browser.switchTo().window(board);
        waitFor(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));
        assertTrue(browser.findElement(By.id("signed-out")).getText().contains("登录已失效"));
        waitFor(Duration.ofSeconds(8)).until(ExpectedConditions.urlContains("/console/login?signedOut=1"));
        assertTrue(browser.findElement(By.id("signed-out-notice")).getText().contains("请重新登录"));
    }

    @Test
    void signInOnOneNodeWorksOnTheOtherAndSurvivesItsNodeDying() throws Exception {
        try (TestServer.Node nodeA = server.startSecondNode();
                RoundRobinProxy balancer = new RoundRobinProxy(List.of(nodeA.baseUrl()))) {
            signIn(balancer.baseUrl());
            awaitConnected();
            assertNoServerSession();

            // The balancer now sends everything to node B (the main server): same cookie, no new sign-in.
            balancer.route(List.of(server.baseUrl()));
            balancer.dropConnections();
            long onB = shop.placePaidOrder(shop.newCustomer());
            By popup = By.cssSelector(".popup[data-order-id='" + onB + "'] .popup-accept");
            waitFor(Duration.ofSeconds(10))
                    .until(ExpectedConditions.elementToBeClickable(popup))
                    .click();
            waitFor(Duration.ofSeconds(5)).until(d -> shop.status(onB) == 3);

            // Round robin over both, then node A dies: the console moves to B on its own and keeps ringing.
            balancer.route(List.of(nodeA.baseUrl(), server.baseUrl()));
            balancer.dropConnections();
            awaitConnected();
            nodeA.close();
            balancer.dropConnections();
            long afterDeath = shop.placePaidOrder(shop.newCustomer());
            waitFor(Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector(".popup[data-order-id='" + afterDeath + "']")));
            assertFalse(browser.getCurrentUrl().contains("/login"), browser.getCurrentUrl());
        }
    }

    private void signIn(String base) {
        browser.get(base + "/console");
        waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/console/login"));
        Browser.signIn(browser, base);
    }

    private void awaitConnected() {
        waitFor(Duration.ofSeconds(15)).until(ExpectedConditions.textToBe(By.id("ws-state"), "已连接"));
    }

    private void assertNoServerSession() {
        assertTrue(
                browser.manage().getCookies().stream()
                        .noneMatch(c -> c.getName().equals("JSESSIONID")),
                () -> "the console needs no HTTP session: " + browser.manage().getCookies());
    }

    /** Waits until the only console sign-in in the database has been slid past {@code time} (app time). */
    private void awaitRenewedPast(LocalDateTime time) {
        waitFor(Duration.ofSeconds(15))
                .until(d -> server.jdbi()
                                .withHandle(h -> h.createQuery(
                                                "SELECT COUNT(*) FROM auth_token WHERE idle_seconds = 60 AND revoked_at IS NULL AND expires_at > :t")
                                        .bind("t", time)
                                        .mapTo(Integer.class)
                                        .one())
                        > 0);
    }

    private static HttpClient signInOverHttp(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(get(http, base + "/console/login").body());
        assertTrue(csrf.find());
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/console/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=123456&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertEquals(200, get(http, base + "/console").statusCode());
        return http;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
