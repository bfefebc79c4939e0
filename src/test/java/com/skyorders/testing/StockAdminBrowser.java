package com.skyorders.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the stock-admin browser tests share: the tutorial's compiled admin ({@code ../shared/clients/sky-admin},
 * unmodified) served by a real nginx from the tutorial's own nginx.conf, Chromium opening it as
 * {@code http://localhost/} (mapped to nginx's free port with --host-resolver-rules, since the bundle hard-codes
 * {@code ws://localhost/ws/…}), and the admin's element-ui widgets as a user works them.
 *
 * <p>The clients folder is found through {@code -Dsky.clients=/path} (default {@code ../shared/clients}); without it
 * the test is skipped, and fails in CI (environment variable {@code CI} set). nginx starts once per test class.
 */
public abstract class StockAdminBrowser {

    public static final String CLIENTS_PROPERTY = "sky.clients";
    protected static final String ADMIN = "http://localhost/";

    protected static TutorialNginx nginx;

    protected final TestServer server;
    protected ChromeDriver browser;

    protected StockAdminBrowser(TestServer server) {
        this.server = server;
    }

    /**
     * Finds the clients (skipping the test, with the property to set, when they are absent — failing in CI) and
     * starts nginx once for the class. Checked per test, not in @BeforeAll, so a skip is reported as one.
     */
    @BeforeEach
    void serveTheAdmin() throws Exception {
        Path clients = Path.of(System.getProperty(CLIENTS_PROPERTY, "../shared/clients"))
                .toAbsolutePath()
                .normalize();
        Path admin = clients.resolve("sky-admin");
        if (!Files.isRegularFile(admin.resolve("index.html")) || !Files.isRegularFile(clients.resolve("nginx.conf"))) {
            String why = "The tutorial's compiled admin is not at " + admin + " (with nginx.conf beside it): set -D"
                    + CLIENTS_PROPERTY + "=/path/to/shared/clients to run the stock admin's browser tests";
            if (System.getenv("CI") != null) {
                fail("In CI (environment variable CI set) the tutorial's clients must be present. " + why);
            }
            System.out.println(getClass().getSimpleName() + " skipped: " + why);
            Assumptions.abort(why);
        }
        if (nginx == null) {
            nginx = TutorialNginx.start(
                    clients.resolve("nginx.conf"), admin, server.baseUrl(), Path.of("target", "it", "nginx"));
        }
        browser = Browser.start(
                Path.of("target", "browser"), "--host-resolver-rules=MAP localhost:80 127.0.0.1:" + nginx.port());
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    /** A test that shows, when it fails, where the browser was (a screenshot named {@code failedShot}) and the page. */
    protected interface Steps {
        void run() throws Exception;
    }

    protected void inTheBrowser(String failedShot, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Exception | AssertionError e) {
            if (browser != null) {
                Path shot = Browser.screenshot(browser, failedShot);
                System.out.println(
                        "Failed at " + browser.getCurrentUrl() + " (screenshot " + shot + "), the page says:\n"
                                + browser.findElement(By.tagName("body")).getText());
            }
            throw e;
        }
    }

    /**
     * Closes the browser (which closes its socket, so nginx logs the upgrade too) and asserts no request through nginx
     * answered 4xx or 5xx; returns them all.
     */
    protected List<TutorialNginx.Request> closeAndAssertNoFailures() throws java.io.IOException {
        browser.quit();
        browser = null;
        waitFor(
                "nginx to log the socket",
                () -> nginx.requests().stream().anyMatch(r -> r.uri().startsWith("/ws/") && r.status() == 101));
        List<TutorialNginx.Request> requests = nginx.requests();
        List<TutorialNginx.Request> failing =
                requests.stream().filter(r -> r.status() >= 400).toList();
        assertEquals(List.of(), failing, () -> "every request through nginx:\n" + join(requests));
        return requests;
    }

    protected static String join(List<TutorialNginx.Request> requests) {
        return requests.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    // ---- the admin's own UI, as a shop owner uses it

    /** Its login page: types the credentials and presses 登录. */
    protected void logIn(String username, String password) {
        type(By.xpath("//input[@placeholder='账号']"), username);
        type(By.xpath("//input[@placeholder='密码']"), password);
        click(By.cssSelector("button.login-btn"));
    }

    /** A sidebar entry. */
    protected void menu(String title) {
        click(By.xpath("//li[contains(@class,'el-menu-item')][normalize-space(.)='" + title + "']"));
    }

    /** Types into a list page's name filter (not an add form's input leaving with its page) and presses 查询. */
    protected void search(String placeholder, String text) {
        type(By.xpath("//div[contains(@class,'tableBar')]//input[@placeholder='" + placeholder + "']"), text);
        click(button("查询"));
        row(text);
    }

    /** An element-ui select: opens it and picks the option. */
    protected void choose(String placeholder, String option) {
        click(By.xpath("//input[@placeholder='" + placeholder + "']"));
        click(By.xpath("//li[contains(@class,'el-select-dropdown__item')][normalize-space(.)='" + option + "']"));
    }

    /** Waits out element-ui's transitions (a closing confirm box, a message fading in) before a screenshot. */
    protected void settle() {
        waitFor(
                "dialogs closed and messages shown",
                () -> (Boolean)
                        browser.executeScript(
                                "const shown = e => getComputedStyle(e).display !== 'none';"
                                        + " return [...document.querySelectorAll('.el-message-box__wrapper, .v-modal')].every(e => !shown(e))"
                                        + " && [...document.querySelectorAll('.el-message')].every(e => getComputedStyle(e).opacity === '1');"));
    }

    /** A confirm box's button. */
    protected void confirm(String buttonText) {
        click(By.xpath(
                "//div[contains(@class,'el-message-box__btns')]//button[normalize-space(.)='" + buttonText + "']"));
    }

    /** An element-ui message ($message) with exactly this text. */
    protected void message(String text) {
        visible(By.xpath("//p[contains(@class,'el-message__content')][normalize-space(.)='" + text + "']"));
    }

    protected static By button(String text) {
        return By.xpath("//button[normalize-space(.)='" + text + "']");
    }

    /** The list's row with a cell of exactly this text. */
    protected WebElement row(String name) {
        return visible(By.xpath("//tr[contains(@class,'el-table__row')][.//td[normalize-space(.)='" + name + "']]"));
    }

    protected By rowButton(String name, String text) {
        return By.xpath("//tr[contains(@class,'el-table__row')][.//td[normalize-space(.)='" + name
                + "']]//button[normalize-space(.)='" + text + "']");
    }

    protected boolean hasRowButton(String name, String text) {
        return browser.findElements(rowButton(name, text)).stream().anyMatch(WebElement::isDisplayed);
    }

    // ---- waits

    protected FluentWait<org.openqa.selenium.WebDriver> waiter() {
        return new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class);
    }

    protected WebElement visible(By by) {
        return waiter().withMessage(by::toString)
                .until(d -> d.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    /** Clicks the visible element, again while a closing dialog's mask still covers it. */
    protected void click(By by) {
        waiter().withMessage(() -> "click " + by)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(d -> {
                    visible(by).click();
                    return true;
                });
    }

    /** Replaces an input's text the way a user does (select all, type), so Vue sees input events. */
    protected void type(By by, String text) {
        click(by);
        visible(by).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waitFor(by + " = " + text, () -> text.equals(visible(by).getAttribute("value")));
    }

    protected interface Check {
        boolean holds() throws Exception;
    }

    protected void waitFor(String what, Check check) {
        waiter().withMessage(() -> "waiting for " + what).until(d -> {
            try {
                return check.holds();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
