package org.psoportal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main view, opened by the role that works in it, checked in Chromium by Deque's axe-core against WCAG 2.2 A and
 * AA: no serious or critical finding; one h1 and a skip link per view. The findings of each page are printed, so a
 * failure says what and where.
 */
class AccessibilityIT extends BrowserTest {

    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One browser and one sign-in per role; every view that role works in is checked. */
    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "STAFF; overview board experts experts/any-expert?skill=SAP my-bookings notifications reminders sessions",
                "ADMINISTRATOR; board board/archive board/templates",
                "EXPERT; schedule expert-profile",
                "HEAD; dashboard dashboard/sessions admin/people admin/projects audit admin/import",
            })
    void noViewHasASeriousOrCriticalAccessibilityFinding(String role, String paths) {
        signIn(account(role));
        List<String> blocking = new ArrayList<>();
        for (String path : paths.split(" ")) {
            driver.get(url(path));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='main'] h1")));
            waitForVaadin();
            scrollToEveryLazySection(); // axe checks what is made, so make all of it
            assertThat(driver.findElements(By.tagName("h1")))
                    .as("one h1 on %s", path)
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("a.pso-skip-link[href^='#']")))
                    .as("a skip link on %s", path)
                    .hasSize(1);
            blocking.addAll(findings(path + " (" + role + ")"));
        }
        assertThat(blocking).as("serious or critical axe findings").isEmpty();
    }

    @ParameterizedTest(name = "the sign-in page")
    @CsvSource("login")
    void theSignInPageHasNoSeriousOrCriticalAccessibilityFinding(String path) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        Results results = axe().analyze(driver);
        assertThat(results.getViolations().stream()
                        .filter(v -> BLOCKING.contains(v.getImpact()))
                        .map(v -> v.getId() + ": " + v.getHelp()))
                .isEmpty();
    }

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The task dialog of an existing task (with a checklist step and a comment, so every tab has content), checked
     * as it opens and again with each of its tabs selected.
     */
    @Test
    void theTaskDialogAndEachOfItsTabsHaveNoSeriousOrCriticalFinding() {
        String code = "A11Y-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Long manager = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.STAFF);
        jdbc.update(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code,
                "Accessibility check",
                manager);
        long project = jdbc.queryForObject("SELECT id FROM project WHERE code = ?", Long.class, code);
        long taskId = runAs.call(DemoAccounts.ADMINISTRATOR, () -> {
            long id = tasks.create(new TaskDraft(
                    "Check the dialog", "With a description", TaskType.PAPERWORK, project, null, Priority.HIGH, null));
            tasks.addChecklistItem(id, "First step");
            tasks.comment(id, "A first comment");
            return id;
        });

        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-" + taskId)));
        card.findElement(By.cssSelector("button.pso-card-title")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-title")));
        waitForVaadin();

        List<String> blocking = new ArrayList<>(findings("task dialog"));
        int tabCount = driver.findElements(By.tagName("vaadin-tab")).size();
        assertThat(tabCount).as("the dialog's tabs").isEqualTo(5);
        for (int i = 0; i < tabCount; i++) {
            int index = i;
            WebElement tab = driver.findElements(By.tagName("vaadin-tab")).get(i);
            String name = tab.getText();
            tab.click();
            waitForVaadin();
            wait.until(d -> d.findElements(By.tagName("vaadin-tab")).get(index).getAttribute("selected") != null);
            blocking.addAll(findings("task dialog, tab " + name));
        }
        assertThat(blocking).as("serious or critical axe findings").isEmpty();
    }

    /** Runs axe on the page as it is; prints every finding and returns the serious and critical ones. */
    private List<String> findings(String where) {
        List<String> blocking = new ArrayList<>();
        Results results = axe().analyze(driver);
        for (Rule violation : results.getViolations()) {
            String line = where + " " + violation.getImpact() + " " + violation.getId() + ": " + violation.getHelp()
                    + " at "
                    + violation.getNodes().stream()
                            .map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")")
                            .limit(5)
                            .toList();
            System.out.println("[axe] " + line);
            if (BLOCKING.contains(violation.getImpact())) {
                blocking.add(line);
            }
        }
        return blocking;
    }

    /** WCAG 2.2 A and AA; Vaadin's development tool (Copilot, present when the tests run in development mode) is not ours. */
    private static AxeBuilder axe() {
        return new AxeBuilder().withTags(WCAG_22_AA).exclude("copilot-main");
    }

    private static String account(String role) {
        return switch (role) {
            case "STAFF" -> DemoAccounts.STAFF;
            case "ADMINISTRATOR" -> DemoAccounts.ADMINISTRATOR;
            case "EXPERT" -> DemoAccounts.EXPERT;
            case "HEAD" -> DemoAccounts.HEAD;
            default -> throw new IllegalArgumentException(role);
        };
    }
}
