package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.dashboard.internal.DashboardFixture;
import org.psoportal.dashboard.internal.SharedOfficeFiguresForTests;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The head opens the dashboard in Chromium, clicks the overdue bar of a project and lands on the board filtered to
 * that project's overdue tasks. Screenshots of both pages go to target/screenshots.
 */
class DashboardIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void clickingTheOverdueBarOpensTheFilteredBoard() throws Exception {
        DashboardFixture f = new DashboardFixture(jdbc);
        long person = f.person("Browser", "STAFF");
        long project = f.project("IT", person);
        String code = "IT-" + f.suffix;
        LocalDateTime now = LocalDateTime.now();
        f.task(project, person, null, "OTHER", "TODO", LocalDate.now().minusDays(2), now.minusDays(4), null, null);
        f.task(project, person, null, "OTHER", "WAITING", LocalDate.now().minusDays(1), now.minusDays(3), null, null);
        // The fixture writes with SQL, which no change event announces: the shared figures an earlier test computed
        // would show these tasks only after their one-minute age. Start from figures computed now.
        SharedOfficeFiguresForTests.forget(context);

        signIn(DemoAccounts.HEAD);
        driver.get(url("dashboard"));
        waitForVaadin();
        WebElement bar = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#overdue svg rect[aria-label='" + code + ": 2']")));
        assertThat(bar.getAttribute("role")).isEqualTo("link");
        assertThat(driver.findElement(By.cssSelector("#overdue svg > title")).getAttribute("textContent"))
                .isNotBlank();
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.id("overdue")));
        screenshot("dashboard-head");

        bar.click();
        wait.until(d -> d.getCurrentUrl().contains("/board"));
        waitForVaadin();
        String url = driver.getCurrentUrl();
        assertThat(url).contains("/board?");
        assertThat(url).contains("project=" + project).contains("overdue=true");
        // The real board shows exactly the two overdue cards of that project.
        wait.until(d -> d.findElements(By.cssSelector(".pso-card")).size() == 2);
        for (WebElement card : driver.findElements(By.cssSelector(".pso-card"))) {
            assertThat(card.getAttribute("class")).contains("pso-card-overdue");
            assertThat(card.getText()).contains(code);
        }
        screenshot("dashboard-drilldown-board");
    }

    /**
     * A figure's table toggle and CSV link are markup in its heading: with the keyboard alone, Enter on "Table"
     * shows the table and keeps the focus on the toggle, now "Chart"; Tab reaches the CSV link; Space brings the
     * chart back.
     */
    @Test
    void theTableToggleWorksWithTheKeyboardAndKeepsTheFocus() throws Exception {
        signIn(DemoAccounts.HEAD);
        driver.get(url("dashboard"));
        waitForVaadin();
        WebElement toggle = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#open-per-column vaadin-button.pso-figure-toggle")));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", toggle);
        assertThat(toggle.getText()).isEqualTo("Table");

        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#open-per-column vaadin-grid")));
        assertThat(toggle.getText()).isEqualTo("Chart");
        assertThat(js.executeScript("return document.activeElement === arguments[0]", toggle))
                .as("the focus stays on the toggle")
                .isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("#open-per-column svg")).isDisplayed())
                .isFalse();
        screenshot("dashboard-figure-as-table");

        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement csv = driver.findElement(By.cssSelector("#open-per-column a.pso-figure-csv"));
        assertThat(js.executeScript("return document.activeElement === arguments[0]", csv))
                .as("Tab goes on to the CSV link")
                .isEqualTo(true);
        assertThat(csv.getAccessibleName()).contains("CSV");

        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .sendKeys(Keys.SPACE)
                .perform();
        wait.until(d -> d.findElement(By.cssSelector("#open-per-column svg")).isDisplayed());
        assertThat(toggle.getText()).isEqualTo("Table");
    }

    /**
     * The sections below the first screen are made when scrolled to: at first only a placeholder stands under their
     * headings; a keyboard user tabbing on from the admin work's last figure reaches the experts' figures.
     */
    @Test
    void tabbingDownTheDashboardReachesTheSectionsMadeWhenScrolledTo() {
        signIn(DemoAccounts.HEAD);
        driver.get(url("dashboard"));
        waitForVaadin();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(driver.findElement(By.id("service-level-section")).getText())
                .as("the last section, far below the first screen, is not made yet")
                .isEqualTo("Loading the figures…");

        WebElement lastBefore = (WebElement) js.executeScript("""
                const experts = document.getElementById('expert-section');
                const toggles = [...document.querySelectorAll('vaadin-button.pso-figure-toggle')]
                    .filter(t => experts.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING);
                return toggles[toggles.length - 1];""");
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", lastBefore);
        for (int i = 0; i < 200 && !focusIn("expert-section"); i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(focusIn("expert-section"))
                .as("Tab reaches the experts' figures")
                .isTrue();
        assertThat(driver.findElements(By.cssSelector("#expert-section .pso-figure")))
                .isNotEmpty();
    }

    private boolean focusIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).contains(document.activeElement)", id));
    }
}
