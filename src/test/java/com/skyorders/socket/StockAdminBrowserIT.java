package com.skyorders.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.skyorders.testing.Browser;
import com.skyorders.testing.Shop;
import com.skyorders.testing.SkyOrders;
import com.skyorders.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the tutorial's compiled admin does in a browser, step by step: log in with fetch, keep the token in a cookie
 * its own script writes (js-cookie: {@code token=…; path=/}), read it back in its router guard, and open
 * {@code /ws/<random>} carrying that cookie.
 */
@ExtendWith(SkyOrders.class)
class StockAdminBrowserIT {

    private final Shop shop;
    private final TestServer server;
    private ChromeDriver browser;

    StockAdminBrowserIT(Shop shop, TestServer server) {
        this.shop = shop;
        this.server = server;
    }

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(Path.of("target", "browser"));
        browser.get(server.baseUrl() + "/index.html");
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void itsScriptWrittenTokenCookieSticksAndItsSocketRings() {
        String token = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/admin/employee/login', {method: 'POST', headers: {'Content-Type': 'application/json'},"
                + " body: JSON.stringify({username: 'admin', password: '123456'})})"
                + ".then(r => r.json()).then(j => done(j.data.token)).catch(e => done('failed: ' + e));");
        assertTrue(token.length() > 20, token);
        String cookies = (String) browser.executeScript(
                "document.cookie = 'token=' + arguments[0] + '; path=/'; return document.cookie;", token);
        assertTrue(cookies.contains("token=" + token), () -> "the router guard would not find its token: " + cookies);

        String opened = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.__frames = [];"
                + "const ws = new WebSocket('ws://' + location.host + '/ws/' + Math.random().toString(36).substr(2));"
                + "ws.onmessage = m => window.__frames.push(JSON.parse(m.data));"
                + "ws.onopen = () => done('open'); ws.onerror = () => done('error');");
        assertEquals("open", opened, "服务器错误，无法接收实时报警信息");

        long id = shop.placePaidOrder(shop.newCustomer());
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> ((Number) browser.executeScript(
                                        "return window.__frames.filter(f => f.type === 1 && f.orderId === arguments[0]).length;",
                                        id))
                                .intValue()
                        == 1);
    }
}
