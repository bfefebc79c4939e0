package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Api;
import com.skyorders.testing.Browser;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A new member of staff signs in to our console on the default password and is asked to change it, in Chromium. */
@ExtendWith(SkyOrders.class)
class ConsolePasswordBrowserIT {

    private final Api api;
    private final Shop shop;
    private final TestServer server;

    ConsolePasswordBrowserIT(Api api, Shop shop, TestServer server) {
        this.api = api;
        this.shop = shop;
        this.server = server;
    }

    @Test
    void staffOnTheDefaultPasswordAreAskedToChangeItAndThenGoStraightToTheBoard() throws Exception {
        assertEquals(200, api.post("/admin/employee", """
                {"name":"收银员","phone":"13812345678","sex":"1","idNumber":"110101199001011234","username":"clerk"}""", shop.staff()).status());
        String apiToken = api.post("/admin/employee/login", "{\"username\":\"clerk\",\"password\":\"123456\"}")
                .data()
                .getAsJsonObject()
                .get("token")
                .getAsString();
        ChromeDriver browser = Browser.start(Path.of("target", "browser"));
        try {
            signIn(browser, "123456");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("default-password-notice")));
            assertTrue(browser.getCurrentUrl().contains("/console/password"), browser.getCurrentUrl());
            Browser.screenshot(browser, "console-default-password");

            browser.findElement(By.id("old-password")).sendKeys("123456");
            browser.findElement(By.id("new-password")).sendKeys("abc12345");
            browser.findElement(By.id("confirm-password")).sendKeys("abc12345x");
            browser.findElement(By.id("password-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.id("password-error"), "两次输入的新密码不一致"));

            browser.findElement(By.id("old-password")).sendKeys("123456");
            browser.findElement(By.id("new-password")).sendKeys("abc12345");
            browser.findElement(By.id("confirm-password")).sendKeys("abc12345");
            browser.findElement(By.id("password-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
            assertEquals(401, api.get("/admin/employee/page", "token", apiToken).status(), "other sign-ins ended");

            browser.findElement(By.id("logout")).click();
            wait.until(ExpectedConditions.urlContains("/console/login"));
            signIn(browser, "abc12345");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("orders")));
            assertTrue(
                    browser.getCurrentUrl().endsWith("/console"), "no prompt once changed: " + browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }

    private void signIn(ChromeDriver browser, String password) {
        browser.get(server.baseUrl() + "/console/login");
        browser.findElement(By.id("username")).sendKeys("clerk");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
    }
}
