package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * The head opens the dashboard in Chromium: the training figures of the demo's past sessions (last 30 days) are
 * drawn, and this quarter's waiting people per skill; clicking the seats filled of a week opens the sessions held
 * that week. Screenshots of the figures and of the
 * sessions go to target/screenshots (dashboard-training*.png, the pictures of docs/guide/dashboard.md).
 */
class TrainingFiguresIT extends BrowserTest {

    @Test
    void theDemosSessionsShowAndAWeeksBarOpensTheSessionsHeldThatWeek() throws Exception {
        signIn(DemoAccounts.HEAD);
        driver.get(url("dashboard"));
        waitForVaadin();
        scrollToEveryLazySection();
        WebElement figures = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("training-figures")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", figures);
        // the demo's past sessions: seats filled in some week of the last 30 days
        wait.until(d -> {
            List<WebElement> bars =
                    d.findElements(By.cssSelector("#training-seats svg [role='link'][aria-label^='Seats filled']"));
            List<WebElement> some = bars.stream()
                    .filter(b -> !b.getAttribute("aria-label").endsWith(": 0"))
                    .toList();
            return some.isEmpty() ? null : some;
        });
        assertThat(driver.findElements(By.cssSelector("#training-hours-saved svg [role='link']")))
                .isNotEmpty();
        element("dashboard-training", figures);

        // the demo's waiting people are on next week's sessions: this quarter shows them (unless it ends this week)
        driver.get(url("dashboard"));
        waitForVaadin();
        WebElement period = wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-period")));
        period.click(); // opens on "Last 30 days"; the next item is "This quarter"
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-item[focused]")));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        wait.until(d -> period.getText().contains("This quarter"));
        waitForVaadin();
        scrollToEveryLazySection();
        WebElement waitlist = driver.findElement(By.id("training-waitlist"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", waitlist);
        element("dashboard-training-waitlist", waitlist);

        WebElement week = wait.until(d ->
                d.findElements(By.cssSelector("#training-seats svg [role='link'][aria-label^='Seats filled']")).stream()
                        .filter(b -> !b.getAttribute("aria-label").endsWith(": 0"))
                        .reduce((first, second) -> second)
                        .orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", week);
        week.click();
        wait.until(d -> d.getCurrentUrl().contains("/dashboard/sessions"));
        waitForVaadin();
        assertThat(driver.getCurrentUrl()).contains("held=true");
        wait.until(d -> d.findElements(By.cssSelector("#training-sessions vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().contains("Onboarding: the project tools in one hour")));
        element("dashboard-training-sessions", driver.findElement(By.cssSelector("[role='main']")));
    }

    /** A screenshot of one element, as the guide shows it (without the development-mode toolbar over it). */
    private void element(String name, WebElement e) throws Exception {
        ((JavascriptExecutor) driver)
                .executeScript("document.querySelectorAll('copilot-main, vaadin-dev-tools')"
                        + ".forEach(t => t.style.display = 'none')");
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), e.getScreenshotAs(OutputType.BYTES));
    }
}
