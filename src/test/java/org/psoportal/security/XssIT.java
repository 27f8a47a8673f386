package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input in every free-text field that others see (task titles, comments, booking topics, cancel reasons,
 * people's names), stored through the real services and then rendered in Chromium: nothing runs, everything shows as
 * plain text.
 */
class XssIT extends BrowserTest {

    @Autowired
    SecurityFixture fixture;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BookingService bookings;

    @Autowired
    ZoneId zone;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void payloadsInTitlesCommentsTopicsAndNamesShowAsTextAndNeverRun() {
        List<String> payloads = XssPayloads.ALL;
        long project = boardFixture.newProject();
        long expert = bookingFixture.newExpert(0);
        List<String> people = new ArrayList<>();
        for (String p : payloads) {
            people.add(fixture.newPerson(Role.STAFF, "N" + p));
        }
        // Each payload as a task title (requested by a person named with a payload) and as a comment on one task.
        List<Long> taskIds = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String title = "T" + payloads.get(i);
            taskIds.add(fixture.as(people.get(i), () -> tasks.create(BoardFixture.draft(project, title))));
        }
        // Written by the task's requester: need to know lets only those who may read the task comment on it.
        for (int i = 0; i < payloads.size(); i++) {
            String comment = "C" + payloads.get(i);
            fixture.run(people.getFirst(), () -> tasks.comment(taskIds.getFirst(), comment));
        }
        // Each payload as a booking topic, booked by a person whose name is a payload.
        List<Long> bookingIds = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String topic = "B" + payloads.get(i);
            var start = bookingFixture.at(8, 8, 0).plusSeconds(i * 3600L);
            bookingIds.add(fixture.as(
                            people.get(i),
                            () -> bookings.book(
                                    new BookingRequest(expert, project, start, start.plusSeconds(1800), topic, topic)))
                    .id());
        }

        signIn(DemoAccounts.HEAD);

        driver.get(url("board?project=" + project));
        waitForVaadin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-card")));
        assertShownAsTextAndInert(prefixed("T", payloads), "board");

        WebElement firstCard = wait.until(d -> d.findElements(By.tagName("button")).stream()
                .filter(b -> b.getText().equals("T" + payloads.getFirst()))
                .findFirst()
                .orElse(null));
        firstCard.click();
        waitForVaadin();
        assertShownAsTextAndInert(List.of("N" + payloads.getFirst()), "task dialog requester");
        wait.until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                        .filter(t -> t.getText().startsWith("Comments"))
                        .findFirst()
                        .orElse(null))
                .click();
        waitForVaadin();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .withMessage("the comments tab opens")
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-task-comments")));
        assertShownAsTextAndInert(prefixed("C", payloads), "task dialog comments");

        LocalDate day = LocalDate.ofInstant(bookingFixture.at(8, 8, 0), zone);
        driver.get(url("experts/" + expert + "?week=" + day));
        waitForVaadin();
        assertShownAsTextAndInert(prefixed("B", payloads), "expert calendar topics");
        assertShownAsTextAndInert(prefixed("N", payloads), "expert calendar booker names");

        // The expert's schedule draws its status badges and its row actions in the browser (Lit templates): the
        // topics and bookers' names in its cells, the .ics links' labels (topic and expert) and the badge's title
        // (who cancelled, and why) stay text there too. The test's expert signs in with the demo password. The first
        // booking is cancelled by its booker (a payload name) for a payload reason, for the badge's title.
        fixture.run(people.getFirst(), () -> bookings.cancel(bookingIds.getFirst(), "R" + payloads.getFirst()));
        String expertEmail = jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, expert);
        String demoHash = jdbc.queryForObject(
                "SELECT password_hash FROM person WHERE email = ?", String.class, DemoAccounts.EXPERT);
        jdbc.update("UPDATE person SET password_hash = ? WHERE id = ?", demoHash, expert);
        driver.manage().deleteAllCookies();
        signIn(expertEmail);
        driver.get(url("schedule"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-grid")));
        waitForVaadin();
        assertShownAsTextAndInert(prefixed("B", payloads), "the schedule's topics");
        assertShownAsTextAndInert(prefixed("N", payloads), "the schedule's bookers");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return [...document.querySelectorAll('#schedule-grid a[aria-label]')]"
                        + ".map(a => a.getAttribute('aria-label')).join('|')"))
                .as("the .ics links' labels name each topic as text")
                .asString()
                .contains(prefixed("B", payloads));
        assertThat(js.executeScript("return [...document.querySelectorAll('#schedule-grid span[theme~=badge][title]')]"
                        + ".map(s => s.getAttribute('title')).join('|')"))
                .as("the cancelled booking's badge names who cancelled and why, as text")
                .asString()
                .contains("N" + payloads.getFirst(), "R" + payloads.getFirst());
    }

    /** Each field gets its own prefix, so a payload found on the page came from the field under test. */
    private static List<String> prefixed(String prefix, List<String> payloads) {
        return payloads.stream().map(p -> prefix + p).toList();
    }

    private void assertShownAsTextAndInert(List<String> payloads, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (String p : payloads) {
            wait.withMessage(where + " shows the payload as text: " + p)
                    .until(d -> Boolean.TRUE.equals(js.executeScript(
                            "return document.body.innerText.includes(arguments[0])"
                                    + " || [...document.querySelectorAll('vaadin-dialog-overlay, vaadin-dialog')]"
                                    + ".some(o => (o.innerText || '').includes(arguments[0]))",
                            p)));
        }
        assertThat(js.executeScript("return window.__xss === undefined && !document.querySelector("
                        + "'img[src=x], iframe[srcdoc], details[ontoggle], svg[onload]')"))
                .as("no payload became markup in " + where)
                .isEqualTo(true);
        assertThatThrownBy(() -> driver.switchTo().alert())
                .as("no alert in " + where)
                .isInstanceOf(NoAlertPresentException.class);
    }
}
