package org.psoportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of end-to-end tests: the portal on a random port and a real headless Chromium driven by Selenium
 * (Debian's chromium and chromium-driver; .ci/run installs them). Name such tests *IT so failsafe runs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    @org.springframework.beans.factory.annotation.Autowired
    protected RunAs runAs;

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profileDir;

    @BeforeEach
    void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("pso-chromium-");
        driver = newChromium(profileDir);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** A headless Chromium with its own profile (own cookies), for a test that needs a second person's browser too. */
    public static WebDriver newChromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(profileDir.toFile());
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Signs in through the real login form and waits until the app has navigated away from it. */
    protected void signIn(String email) {
        signIn(email, org.psoportal.shared.demo.DemoContext.PASSWORD);
    }

    protected void signIn(String email, String password) {
        signIn(driver, email, password);
        waitForVaadin();
    }

    /** Signs in through the login form in {@code browser} (this test's or a second one). */
    protected void signIn(WebDriver browser, String email, String password) {
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(url("login"));
        WebElement username =
                until.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        username.sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        until.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Waits until Vaadin has no pending round trips. */
    protected void waitForVaadin() {
        waitForVaadin(driver);
    }

    /** Waits (at most 30 s) until Vaadin has no pending round trips in {@code browser}. */
    public static void waitForVaadin(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript(
                                                "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                                                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * Scrolls each part of the page that is made only when scrolled to ({@code .pso-lazy-section}, the dashboard's
     * lower sections) into view in turn, as a reader scrolling down would, until every one is made.
     */
    protected void scrollToEveryLazySection() {
        scrollToEveryLazySection(driver);
    }

    public static void scrollToEveryLazySection(WebDriver browser) {
        WebDriverWait made = new WebDriverWait(browser, Duration.ofSeconds(30));
        for (WebElement next : browser.findElements(By.cssSelector(".pso-lazy-section"))) {
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("arguments[0].scrollIntoView({block: 'start'})", next);
            made.withMessage("a section was not made when scrolled to")
                    .until(d -> !next.getDomAttribute("class").contains("pso-lazy-section"));
            waitForVaadin(browser);
        }
    }

    /** Runs service calls as the demo head of the PSO (tests arrange data through the real, secured services). */
    protected void asHead(Runnable action) {
        runAs.run(DemoAccounts.HEAD, action);
    }

    protected Path screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
