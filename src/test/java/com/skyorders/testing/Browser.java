package com.skyorders.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through its chromedriver (installed by .ci/run); nothing is downloaded. */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {}

    public static ChromeDriver start(Path work) throws IOException {
        return start(work, new String[0]);
    }

    /**
     * A browser with extra command-line switches, e.g. {@code --host-resolver-rules=MAP localhost:80 127.0.0.1:8081}
     * so a page that hard-codes {@code http://localhost/} reaches a server on another port.
     */
    public static ChromeDriver start(Path work, String... extraArguments) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Path profile = Files.createTempDirectory(Files.createDirectories(work), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        // A shop in China: the browser prefers Chinese (headless Chromium otherwise asks for en-US).
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        // The page's console messages, so tests can assert a page ran without script errors.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 768));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Signs in to the console at {@code baseUrl} as the demo admin and waits for the board. */
    public static void signIn(ChromeDriver driver, String baseUrl) {
        driver.get(baseUrl + "/console/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys("admin");
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys("123456");
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        passwordLater(driver);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("orders")));
    }

    /**
     * The demo admin signs in with the tutorial's default password, so the console asks for a new one first; the
     * tests that are not about that answer "later" and go on to the board.
     */
    public static void passwordLater(ChromeDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/console/password")
                        || !d.getCurrentUrl().contains("/login"));
        if (driver.getCurrentUrl().contains("/console/password")) {
            driver.findElement(org.openqa.selenium.By.id("password-later")).click();
        }
    }

    public static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
