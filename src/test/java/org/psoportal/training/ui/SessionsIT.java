package org.psoportal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * The journey in four Chromiums: an expert publishes a 2-seat session; three staff members register; the
 * third is waitlisted; the first gives up their seat; the third sees the seat arrive on the open page, live.
 */
class SessionsIT extends BrowserTest {

    private final List<WebDriver> others = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    @AfterEach
    void closeOthers() {
        others.forEach(WebDriver::quit);
        profiles.forEach(p -> org.springframework.util.FileSystemUtils.deleteRecursively(p.toFile()));
    }

    @Test
    void theThirdLearnerIsWaitlistedAndGetsTheSeatLiveWhenTheFirstLeaves() throws Exception {
        String title = "Selenium CRM training " + System.currentTimeMillis();
        signIn(DemoAccounts.EXPERT);
        driver.get(url("sessions"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("publish-session")))
                .click();
        WebElement titleField = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session-title")));
        titleField.findElement(By.tagName("input")).sendKeys(title);
        WebElement seats = driver.findElement(By.id("session-seats")).findElement(By.tagName("input"));
        seats.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
        driver.findElement(By.id("session-place"))
                .findElement(By.tagName("input"))
                .sendKeys("Room 3.01");
        // a Tuesday ten weeks ahead at 10:00: beyond the demo bookings and office hours
        LocalDate day = LocalDate.now().plusWeeks(10).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        WebElement date = driver.findElement(By.cssSelector("#session-start vaadin-date-picker input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), day.toString(), Keys.TAB);
        waitForVaadin();
        screenshot("sessions-publish-dialog");
        driver.findElement(By.id("session-save")).click();
        waitForVaadin();
        screenshot("sessions-after-publish");
        assertThat(driver.findElements(By.cssSelector("#session-error:not([hidden])")))
                .as("publish refused")
                .allMatch(e -> !e.isDisplayed());
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-title")));
        WebElement card = wait.until(d -> cardOf(d, title));
        String sessionId = card.getAttribute("data-session");
        assertThat(card.getText()).contains("2 of 2 seats left");

        WebDriver first = browser("oliver.bennett@pso.example", sessionId);
        WebDriver second = browser("hannah.schmidt@pso.example", sessionId);
        WebDriver third = browser(DemoAccounts.STAFF, sessionId);
        register(first, sessionId, title);
        register(second, sessionId, title);
        register(third, sessionId, title);
        assertThat(cardText(first, title)).contains("You have a seat");
        assertThat(cardText(second, title)).contains("You have a seat");
        new WebDriverWait(third, Duration.ofSeconds(20))
                .until(d -> cardText(d, title).contains("You are on the waitlist (number 1)"));
        Files.write(
                Path.of("target", "screenshots", "sessions-waitlisted.png"),
                ((org.openqa.selenium.TakesScreenshot) third).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the expert's open page shows the session full, with its waitlist, without a reload
        wait.until(d -> cardText(d, title).contains("Full (2 seats) · 1 waiting"));
        screenshot("sessions-expert-full");

        WebElement leave = first.findElement(By.id("leave-" + sessionId));
        ((org.openqa.selenium.JavascriptExecutor) first)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", leave);
        leave.click();
        waitForVaadin(first);
        new WebDriverWait(third, Duration.ofSeconds(15))
                .until(d -> cardText(d, title).contains("You have a seat"));
        assertThat(third.getCurrentUrl()).contains("/sessions?session="); // never reloaded
        Files.write(
                Path.of("target", "screenshots", "sessions-seat-arrived.png"),
                ((org.openqa.selenium.TakesScreenshot) third).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        // and the bell tells them
        assertThat(third.findElement(By.tagName("body")).getText()).containsAnyOf("1", "2", "3");
    }

    private WebDriver browser(String email, String sessionId) throws Exception {
        Path profile = Files.createTempDirectory("pso-chromium-");
        profiles.add(profile);
        WebDriver browser = newChromium(profile);
        others.add(browser);
        signIn(browser, email, org.psoportal.shared.demo.DemoContext.PASSWORD);
        browser.get(url("sessions?session=" + sessionId));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("session-list")));
        waitForVaadin(browser);
        return browser;
    }

    private void register(WebDriver browser, String sessionId, String title) {
        WebDriverWait until = new WebDriverWait(browser, Duration.ofSeconds(30));
        until.until(ExpectedConditions.elementToBeClickable(By.id("register-" + sessionId)))
                .click();
        WebElement project = until.until(ExpectedConditions.presenceOfElementLocated(By.id("register-project")))
                .findElement(By.tagName("input"));
        project.click();
        project.sendKeys(Keys.ARROW_DOWN);
        waitForVaadin(browser);
        project.sendKeys(Keys.ENTER);
        waitForVaadin(browser);
        browser.findElement(By.id("register-confirm")).click();
        until.until(ExpectedConditions.invisibilityOfElementLocated(By.id("register-project")));
        waitForVaadin(browser);
        until.until(d -> cardText(d, title).contains("You"));
    }

    private static WebElement cardOf(WebDriver browser, String title) {
        return browser.findElements(By.cssSelector(".pso-session-card")).stream()
                .filter(c -> c.getText().contains(title))
                .findFirst()
                .orElse(null);
    }

    private static String cardText(WebDriver browser, String title) {
        WebElement card = cardOf(browser, title);
        return card == null ? "" : card.getText();
    }
}
