package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.skyorders.testing.Api;
import com.skyorders.testing.Browser;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The merchant console in a real headless Chromium: login, live popups, spoken alerts, actions, escaping. */
@ExtendWith(SkyOrders.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private static final String FAKE_SPEECH = "window.__spoken = [];"
            + "Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: {"
            + " speak: function (u) { window.__spoken.push(u.text); }, cancel: function () {},"
            + " getVoices: function () { return []; }}});";

    private final Api api;
    private final Shop shop;
    private final TestServer server;
    private ChromeDriver browser;

    ConsoleBrowserIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(Path.of("target", "browser"));
        browser.get(server.baseUrl() + "/console");
        assertTrue(browser.getCurrentUrl().endsWith("/console/login"), "redirected to the login page");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("123456");
        browser.findElement(By.id("login-submit")).click();
        Browser.passwordLater(browser);
        waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void openBoard() {
        browser.get(server.baseUrl() + "/console");
        awaitConnected();
        browser.executeScript(FAKE_SPEECH);
    }

    @Test
    void aPaidOrderPopsUpWithinTwoSecondsAndCanBeAcceptedFromThePopup() throws Exception {
        Browser.screenshot(browser, "board-empty");
        int before = count(2);
        Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        String number = order.get("orderNumber").getAsString();
        long paidAt = System.nanoTime();
        assertEquals(200, shop.pay(customer, number).status());
        WebElement popup = waitFor(Duration.ofSeconds(2))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                        ".popup[data-order-id='" + order.get("id").getAsLong() + "']")));
        long millis = (System.nanoTime() - paidAt) / 1_000_000;
        assertTrue(popup.getText().contains("您有新的外卖订单"), popup::getText);
        assertTrue(popup.getText().contains(number), popup::getText);
        waitFor(Duration.ofSeconds(3)).until(d -> count(2) == before + 1);
        assertTrue(browser.getTitle().startsWith("(1)"), browser.getTitle());
        assertEquals(List.of("您有新的外卖订单，请及时处理"), spoken());
        waitFor(Duration.ofSeconds(3))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr[data-order-id='" + order.get("id").getAsLong() + "']")));
        Browser.screenshot(browser, "popup-new-order");
        System.out.printf("popup shown %d ms after the payment returned%n", millis);

        popup.findElement(By.className("popup-accept")).click();
        waitFor(Duration.ofSeconds(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(
                                ".popup[data-order-id='" + order.get("id").getAsLong() + "'] .popup-done"),
                        "已接单"));
        WebElement status = browser.findElement(
                By.cssSelector("tr[data-order-id='" + order.get("id").getAsLong() + "'] [data-field='status']"));
        waitFor(Duration.ofSeconds(3)).until(d -> status.getText().equals("已接单"));
        assertEquals(3, shop.status(order.get("id").getAsLong()));
        Browser.screenshot(browser, "board-accepted");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1180, 820));
        Browser.screenshot(browser, "board-tablet-landscape");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    }

    @Test
    void aReminderPopsUpAsCustomerReminderAndIsSpoken() throws Exception {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        waitFor(Duration.ofSeconds(3))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".popup[data-order-id='" + id + "']")));
        assertEquals(200, api.get("/user/order/reminder/" + id, customer.auth()).status());
        WebElement reminder = waitFor(Duration.ofSeconds(3))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".popup.reminder[data-order-id='" + id + "']")));
        assertTrue(reminder.getText().contains("客户催单"), reminder::getText);
        assertTrue(spoken().contains("有客户催单，请尽快处理"), spoken()::toString);

        // The order page lists the reminder; the shop replies with a preset, and the customer sees it.
        browser.get(server.baseUrl() + "/console/orders/" + id);
        WebElement send = browser.findElement(By.id("reply-send"));
        send.click();
        // The page reloads once the reply is stored; reading the list while it reloads fails in Chromium itself.
        // The old button is gone then — Chromium says so as "stale" or, mid-reload, as "Node … does not belong to
        // the document" (which ExpectedConditions.stalenessOf does not count, and which failed this test in CI).
        waitFor(Duration.ofSeconds(5)).until(d -> {
            try {
                send.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waitFor(Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("ul.reminders"), "已出餐，骑手正在路上"));
        Browser.screenshot(browser, "order-detail");
        JsonObject detail =
                api.get("/user/order/orderDetail/" + id, customer.auth()).data().getAsJsonObject();
        assertEquals("已出餐，骑手正在路上", detail.get("reminderReply").getAsString());
    }

    @Test
    void afterTheServerDropsTheSocketTheConsoleReconnectsAndShowsWhatItMissed() {
        server.hooks().dropMerchantSockets();
        long id = shop.placePaidOrder(shop.newCustomer());
        waitFor(Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".popup[data-order-id='" + id + "']")));
        awaitConnected();
    }

    /**
     * An alert whose transaction commits late holds back the payment raised meanwhile (ids are taken in commit
     * order): once it commits, both ring, each once.
     */
    @Test
    void anAlertThatCommitsLateRingsAndSoDoesThePaymentRaisedMeanwhile() throws Exception {
        browser.get(server.baseUrl() + "/console");
        awaitConnected();
        browser.executeScript(FAKE_SPEECH);
        Customer customer = shop.newCustomer();
        long lateOrder = shop.idsOf(shop.insertOrders(customer, 1, 2)).get(0);
        long lateAlert;
        CompletableFuture<Long> paid;
        try (java.sql.Connection hung = server.database().dataSource().getConnection()) {
            hung.setAutoCommit(false);
            lateAlert = Shop.raiseAlertIn(hung, lateOrder);
            paid = CompletableFuture.supplyAsync(() -> shop.placePaidOrder(customer));
            Thread.sleep(1000);
            hung.commit();
        }
        for (String popup : List.of(
                ".popup.reminder[data-alert-id='" + lateAlert + "']", ".popup[data-order-id='" + paid.get() + "']")) {
            waitFor(Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(popup)));
        }
        Thread.sleep(500);
        assertEquals(
                1,
                browser.findElements(By.cssSelector(".popup[data-alert-id='" + lateAlert + "']"))
                        .size(),
                "once");
    }

    @Test
    void aScriptInARemarkIsShownAsText() {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        shop.addToCart(customer, Shop.RICE, 1);
        String remark = "<script>alert(1)</script>";
        JsonObject order = api.post(
                        "/user/order/submit",
                        "{\"addressBookId\":" + address + ",\"payMethod\":1," + "\"amount\":9.00,\"remark\":\""
                                + remark.replace("\"", "\\\"") + "\"}",
                        customer.auth())
                .data()
                .getAsJsonObject();
        long id = order.get("id").getAsLong();
        browser.get(server.baseUrl() + "/console?status=1");
        WebElement cell = browser.findElement(By.cssSelector("tr[data-order-id='" + id + "'] [data-field='remark']"));
        assertEquals(remark, cell.getText());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        browser.get(server.baseUrl() + "/console/orders/" + id);
        assertEquals(remark, browser.findElement(By.id("remark")).getText());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("¥9.00"), "UTF-8 JSP source");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertFalse(browser.getPageSource().contains("<script>alert(1)</script>"));
    }

    /**
     * A database reset (here: the outbox recreated) under a board left open: the node starts over, and the page —
     * which remembers ids of the old history — rings for the first new order.
     */
    @Test
    void aNewOutboxHistoryUnderAnOpenBoardStillRings() throws Exception {
        for (int i = 0; i < 2; i++) {
            Customer customer = shop.newCustomer();
            JsonObject order = shop.placeOrder(customer);
            assertEquals(
                    200,
                    shop.pay(customer, order.get("orderNumber").getAsString()).status());
            awaitPopup(order.get("id").getAsLong(), Duration.ofSeconds(3));
        }
        server.recreateOutbox();
        Customer customer = shop.newCustomer();
        JsonObject order = shop.placeOrder(customer);
        assertEquals(
                200, shop.pay(customer, order.get("orderNumber").getAsString()).status());
        awaitPopup(order.get("id").getAsLong(), Duration.ofSeconds(8));
        Object stored = browser.executeScript("return localStorage.getItem('sky.console.lastAlertId');");
        assertTrue(Long.parseLong(String.valueOf(stored)) <= 3, () -> "remembered id " + stored);
    }

    private void awaitPopup(long orderId, Duration timeout) {
        waitFor(timeout)
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".popup[data-order-id='" + orderId + "']")));
    }

    /** A flavoured dish and a set meal, as the mini-program orders them, read as such on the board and the order page. */
    @Test
    void setMealsAndFlavoursShowInTheOrderLines() throws Exception {
        Customer customer = shop.newCustomer();
        long address = shop.addAddress(customer);
        String flavoured = "{\"dishId\":65,\"dishFlavor\":\"重辣,不要葱\"}";
        assertEquals(
                200,
                api.post("/user/shoppingCart/add", flavoured, customer.auth()).status());
        assertEquals(
                200,
                api.post("/user/shoppingCart/add", "{\"setmealId\":1}", customer.auth())
                        .status());
        java.math.BigDecimal dish = server.jdbi()
                .withHandle(h -> h.createQuery("SELECT price FROM dish WHERE id = 65")
                        .mapTo(java.math.BigDecimal.class)
                        .one());
        java.math.BigDecimal amount =
                dish.add(new java.math.BigDecimal("36.00")).add(new java.math.BigDecimal("8"));
        JsonObject order = shop.submit(customer, address, amount).data().getAsJsonObject();
        long id = order.get("id").getAsLong();
        assertEquals(
                200, shop.pay(customer, order.get("orderNumber").getAsString()).status());
        awaitPopup(id, Duration.ofSeconds(3));
        WebElement lines = waitFor(Duration.ofSeconds(3))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tr[data-order-id='" + id + "'] [data-field='lines']")));
        List<String> shown = lines.findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
        // Spaced by CSS, not by text: the words run together in getText().
        assertTrue(shown.contains("香锅牛蛙重辣,不要葱 ×1"), shown::toString);
        assertTrue(shown.contains("套餐单人套餐A ×1"), shown::toString);
        assertTrue(
                lines.findElements(By.cssSelector("li")).stream()
                        .filter(li -> li.getText().contains("香锅牛蛙"))
                        .allMatch(li ->
                                li.findElements(By.cssSelector(".tag")).stream().noneMatch(WebElement::isDisplayed)),
                "a dish is not tagged as a set meal");
        browser.get(server.baseUrl() + "/console");
        List<String> rendered = browser
                .findElement(By.cssSelector("tr[data-order-id='" + id + "'] [data-field='lines']"))
                .findElements(By.tagName("li"))
                .stream()
                .map(WebElement::getText)
                .toList();
        assertEquals(shown, rendered, "the page as the server renders it and as the script adds it");
        browser.get(server.baseUrl() + "/console/orders/" + id);
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("套餐 单人套餐A") && page.contains("香锅牛蛙重辣,不要葱"), page);
        Browser.screenshot(browser, "order-lines-setmeal-flavour");
    }

    @Test
    void theConsoleSpeaksEnglishWhenAsked() {
        browser.get(server.baseUrl() + "/console?lang=en");
        assertTrue(browser.findElement(By.id("tabs")).getText().contains("To accept"));
        browser.get(server.baseUrl() + "/console?lang=zh");
        assertTrue(browser.findElement(By.id("tabs")).getText().contains("待接单"));
    }

    private int count(int status) {
        return Integer.parseInt(
                browser.findElement(By.id("count-" + status)).getText().trim());
    }

    @SuppressWarnings("unchecked")
    private List<String> spoken() {
        return (List<String>) browser.executeScript("return window.__spoken || [];");
    }

    private void awaitConnected() {
        waitFor(Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.id("ws-state"), "已连接"));
    }

    private WebDriverWait waitFor(Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(50));
    }
}
