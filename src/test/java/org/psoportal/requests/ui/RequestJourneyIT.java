package org.psoportal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The journey in two Chromiums, nothing ever reloaded: a staff member files an expense claim with its
 * receipt; the administrator's open board shows the card at once; she asks a question; the staff member's bell
 * says so, and they answer from the notification; the card comes back out of Waiting on the administrator's board;
 * she completes it; the staff member's open board shows it done and the bell tells them.
 */
class RequestJourneyIT extends BrowserTest {

    private static final Pattern TASK_LINK = Pattern.compile("board\\?task=(\\d+)");

    @Autowired
    JdbcTemplate jdbc;

    private WebDriver admin;
    private Path adminProfile;

    @AfterEach
    void closeAdmin() {
        if (admin != null) {
            admin.quit();
        }
        if (adminProfile != null) {
            FileSystemUtils.deleteRecursively(adminProfile.toFile());
        }
    }

    @Test
    void anExpenseClaimIsFiledAskedAboutAnsweredAndDoneWithoutAReload() throws Exception {
        long claimType = jdbc.queryForObject("SELECT id FROM request_type WHERE name = 'Expense claim'", Long.class);
        String title = "Taxi to the client " + System.currentTimeMillis();

        // the administrator's board is open in another browser
        adminProfile = Files.createTempDirectory("pso-chromium-");
        admin = newChromium(adminProfile);
        signIn(admin, DemoAccounts.ADMINISTRATOR, DemoContext.PASSWORD);
        admin.get(url("board"));
        WebDriverWait adminWait = new WebDriverWait(admin, Duration.ofSeconds(30));
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards-TODO")));
        waitForVaadin(admin);

        // the staff member files the claim with its receipt
        signIn(DemoAccounts.STAFF);
        driver.get(url("requests?type=" + claimType));
        WebElement titleField = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-title")));
        titleField.findElement(By.tagName("input")).sendKeys(title);
        WebElement project = driver.findElement(By.id("request-project")).findElement(By.tagName("input"));
        project.click();
        project.sendKeys(Keys.ARROW_DOWN);
        waitForVaadin();
        project.sendKeys(Keys.ENTER);
        waitForVaadin();
        field("Amount").sendKeys("42.50");
        field("Date of purchase").sendKeys(LocalDate.now().minusDays(2).toString(), Keys.TAB);
        field("Supplier").sendKeys("City Taxis", Keys.ESCAPE);
        waitForVaadin();
        WebElement submit = driver.findElement(By.id("request-submit"));
        assertThat(submit.getAttribute("disabled"))
                .as("no receipt yet: submit waits for it")
                .isNotNull();
        Path receipt = Files.createTempFile("receipt-", ".pdf");
        Files.write(receipt, "%PDF-1.4\n% taxi receipt\n".getBytes());
        WebElement upload = driver.findElement(By.cssSelector("[id^='answer-upload-']"));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                        upload);
        input.sendKeys(receipt.toAbsolutePath().toString());
        wait.until(d -> d.findElement(By.id("request-submit")).getAttribute("disabled") == null);
        screenshot("request-journey-form");
        clickInView(driver, driver.findElement(By.id("request-submit")));
        WebElement filed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-filed")));
        assertThat(filed.getText()).matches(".*PSO-\\d+.*");
        Matcher link = TASK_LINK.matcher(
                driver.findElement(By.id("request-filed-link")).getAttribute("href"));
        assertThat(link.find()).isTrue();
        long taskId = Long.parseLong(link.group(1));
        assertThat(filed.getText()).contains("PSO-" + taskId);
        screenshot("request-journey-filed");

        // the administrator's open board shows the new card in To do, live
        adminWait.until(d -> inColumn(d, taskId, "TODO"));
        shot(admin, "request-journey-admin-board");

        // she opens it and asks the requester a question
        WebElement card = admin.findElement(By.id("card-" + taskId));
        card.findElement(By.cssSelector("button.pso-card-title")).click();
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
        openTab(admin, "Comments");
        WebElement question = adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("comment-text")));
        question.findElement(By.tagName("textarea")).sendKeys("Was the ride for the Hamburg workshop?");
        admin.findElement(By.id("ask-send")).click();
        waitForVaadin(admin);
        adminWait.until(d -> inColumn(d, taskId, "WAITING"));
        closeDialog(admin);

        // the staff member's bell tells them; they answer from the notification
        wait.until(d -> d.findElement(By.id("notification-bell"))
                .getAttribute("aria-label")
                .contains("unread"));
        driver.get(url("notifications"));
        WebElement note = wait.until(d -> d.findElements(By.cssSelector("#notification-list a")).stream()
                .filter(a -> a.getAttribute("href").endsWith("board?task=" + taskId))
                .findFirst()
                .orElse(null));
        assertThat(note.getText()).contains("question", title);
        note.click();
        WebElement answer = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-text")));
        assertThat(driver.findElement(By.id("task-question")).getText())
                .contains("Was the ride for the Hamburg workshop?");
        answer.findElement(By.tagName("textarea")).sendKeys("Yes, from the station to the workshop.");
        screenshot("request-journey-answer");
        driver.findElement(By.id("answer-send")).click();
        // the dialog shows the task answered: the open question is gone from its top
        wait.withMessage(() -> "the question stayed open; in the database: " + taskState(taskId))
                .until(ExpectedConditions.numberOfElementsToBe(By.id("task-question"), 0));
        closeDialog(driver);

        // the card leaves Waiting on the administrator's open board
        adminWait
                .withMessage(() -> "the card did not show in To do; in the database: " + taskState(taskId))
                .until(d -> inColumn(d, taskId, "TODO"));

        // she completes it: the card goes to Done (the board's drop, as BoardDragIT makes it)
        WebElement moved = admin.findElement(By.id("card-" + taskId));
        ((JavascriptExecutor) admin).executeScript("""
                const src = arguments[0].closest('vaadin-grid-cell-content'), tgt = arguments[1].$.table;
                const dt = new DataTransfer();
                const fire = (el, type) => el.dispatchEvent(new DragEvent(type,
                    {bubbles: true, cancelable: true, composed: true, dataTransfer: dt}));
                fire(src, 'dragstart'); fire(tgt, 'dragenter'); fire(tgt, 'dragover'); fire(tgt, 'drop');
                fire(src, 'dragend');
                """, moved, admin.findElement(By.id("cards-DONE")));
        waitForVaadin(admin);
        adminWait.until(d -> inColumn(d, taskId, "DONE"));

        // the staff member's open board shows it done, and the bell has the news
        String beforeDone = driver.findElement(By.id("notification-bell")).getAttribute("aria-label");
        wait.until(d -> inColumn(d, taskId, "DONE"));
        wait.until(d -> !d.findElement(By.id("notification-bell"))
                        .getAttribute("aria-label")
                        .equals(beforeDone)
                || d.findElement(By.id("notification-bell"))
                        .getAttribute("aria-label")
                        .contains("unread"));
        assertThat(driver.getCurrentUrl()).contains("/board"); // the page the notification opened, never reloaded
        screenshot("request-journey-done");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification n JOIN person p ON p.id = n.person_id"
                                + " WHERE p.email = ? AND n.link = ? AND n.message_key LIKE '%done%'",
                        Integer.class, DemoAccounts.STAFF, "board?task=" + taskId))
                .as("the staff member was told their request is done")
                .isEqualTo(1);
    }

    /** The input of the form's field whose label starts so (the label is a property, not an attribute). */
    private WebElement field(String labelStart) {
        return (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "return [...document.querySelectorAll('vaadin-text-field, vaadin-date-picker')]"
                                + ".find(f => (f.label || '').startsWith(arguments[0])).querySelector('input');",
                        labelStart);
    }

    /** Where the task is and what was said on it, for a failure message. */
    private String taskState(long taskId) {
        return jdbc.queryForObject(
                        "SELECT CONCAT(board_column, ', asked from ', COALESCE(asked_from_column, '-')) FROM admin_task"
                                + " WHERE id = ?",
                        String.class,
                        taskId)
                + "; comments: "
                + jdbc.queryForList(
                        "SELECT kind FROM admin_task_comment WHERE task_id = ? ORDER BY id", String.class, taskId);
    }

    /** Whether the card is in the column's grid (its items, so also when scrolled out of view). */
    private static boolean inColumn(WebDriver browser, long taskId, String column) {
        Object found = ((JavascriptExecutor) browser)
                .executeScript(
                        "const g = document.getElementById('cards-' + arguments[0]);"
                                + " return !!g && !!g.querySelector('#card-' + arguments[1]);",
                        column,
                        taskId);
        return Boolean.TRUE.equals(found);
    }

    private static void clickInView(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void openTab(WebDriver browser, String label) {
        browser.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().startsWith(label))
                .findFirst()
                .orElseThrow()
                .click();
        waitForVaadin(browser);
    }

    private static void closeDialog(WebDriver browser) {
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        waitForVaadin(browser);
    }

    private static void shot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(
                Path.of("target", "screenshots", name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
