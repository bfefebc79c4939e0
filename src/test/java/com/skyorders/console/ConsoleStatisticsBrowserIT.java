package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Browser;
import com.skyorders.testing.Shop;
import com.skyorders.testing.Shop.Customer;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** 数据统计, the 营业状态 switch, the money on the order page, and the board on a 1024×768 tablet. */
@ExtendWith(SkyOrders.class)
class ConsoleStatisticsBrowserIT {

    private final Shop shop;
    private final TestServer server;
    private ChromeDriver browser;

    ConsoleStatisticsBrowserIT(Shop shop, TestServer server) {
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void signIn() throws Exception {
        browser = Browser.start(Path.of("target", "browser"));
        Browser.signIn(browser, server.baseUrl());
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void theStatisticsPageDrawsItsChartsWithoutAScriptError() throws Exception {
        Customer customer = shop.newCustomer();
        long id = shop.placePaidOrder(customer);
        server.jdbi()
                .useHandle(
                        h -> h.execute("UPDATE orders SET order_time = order_time - INTERVAL 1 DAY WHERE id = ?", id));
        String[] staff = shop.staff();
        assertEquals(
                200,
                shop.api()
                        .put("/admin/order/confirm", "{\"id\":" + id + "}", staff)
                        .status());
        assertEquals(
                200, shop.api().put("/admin/order/delivery/" + id, "", staff).status());
        assertEquals(
                200, shop.api().put("/admin/order/complete/" + id, "", staff).status());
        browser.get(server.baseUrl() + "/console/statistics");
        waitFor()
                .until(d ->
                        "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-charts-drawn")));
        for (String chart : List.of("chart-turnover", "chart-users", "chart-orders", "chart-top10")) {
            assertTrue(
                    !browser.findElements(By.cssSelector("#" + chart + " svg .series"))
                            .isEmpty(),
                    chart);
        }
        assertTrue(browser.findElement(By.id("chart-top10")).getText().contains("宫保鸡丁"));
        assertEquals(
                "/console/report/export", browser.findElement(By.id("export")).getDomAttribute("href"));
        List<LogEntry> errors = browser.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(errors.isEmpty(), errors::toString);
        Browser.screenshot(browser, "statistics");
    }

    @Test
    void theHeaderSwitchClosesTheShopAfterAConfirmation() throws Exception {
        WebElement toggle = browser.findElement(By.id("shop-toggle"));
        assertEquals("营业中", toggle.getText());
        Browser.screenshot(browser, "header-shop-open");
        toggle.click();
        waitFor().until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals(1, shop.api().get("/user/shop/status").data().getAsInt(), "dismissed: nothing changes");
        toggle.click();
        waitFor().until(ExpectedConditions.alertIsPresent()).accept();
        waitFor().until(ExpectedConditions.textToBe(By.id("shop-toggle"), "打烊中"));
        assertEquals(0, shop.api().get("/user/shop/status").data().getAsInt());
        Browser.screenshot(browser, "header-shop-closed");
        browser.navigate().refresh();
        assertEquals("打烊中", browser.findElement(By.id("shop-toggle")).getText(), "the page shows the stored state");
    }

    @Test
    void theOrderPageShowsWhatTheCustomerWasCharged() {
        long id = shop.placePaidOrder(shop.newCustomer());
        browser.get(server.baseUrl() + "/console/orders/" + id);
        String charges = browser.findElement(By.id("charges")).getText();
        for (String line : List.of("菜品小计 ¥66.00", "打包费（3件） ¥3.00", "配送费 ¥6.00", "实付金额 ¥75.00")) {
            assertTrue(charges.contains(line), () -> line + " missing from: " + charges);
        }
    }

    @Test
    void theBoardFitsATabletInBothLanguages() throws Exception {
        Customer customer = shop.newCustomer();
        for (int status : new int[] {2, 3, 4, 1}) {
            long id = status == 1 ? shop.placeOrder(customer).get("id").getAsLong() : shop.placePaidOrder(customer);
            shop.forceStatus(id, status);
        }
        for (String lang : List.of("zh", "en")) {
            for (Dimension size : List.of(new Dimension(1024, 768), new Dimension(1366, 768))) {
                browser.manage().window().setSize(size);
                browser.get(server.baseUrl() + "/console?lang=" + lang);
                long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth;");
                long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertTrue(page <= viewport, lang + " " + size + ": scrolls sideways " + page + " > " + viewport);
                List<WebElement> buttons = browser.findElements(By.cssSelector("#order-rows button.act"));
                int visible = 0;
                for (WebElement button : buttons) {
                    if (!button.isDisplayed()) {
                        continue;
                    }
                    visible++;
                    double right = ((Number)
                                    browser.executeScript("return arguments[0].getBoundingClientRect().right;", button))
                            .doubleValue();
                    assertTrue(
                            right <= viewport,
                            () -> lang + " " + size + ": '" + button.getText() + "' ends at " + right + " beyond "
                                    + viewport);
                }
                assertTrue(visible >= 6, lang + " " + size + ": only " + visible + " action buttons shown");
                if (size.getWidth() == 1024) {
                    Browser.screenshot(browser, "board-1024x768-" + lang);
                }
            }
        }
        browser.get(server.baseUrl() + "/console?lang=zh");
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
