package org.psoportal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

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
                "STAFF; overview board experts my-bookings notifications",
                "ADMINISTRATOR; board board/archive board/templates",
                "EXPERT; schedule expert-profile",
                "HEAD; dashboard admin/people admin/projects audit",
            })
    void noViewHasASeriousOrCriticalAccessibilityFinding(String role, String paths) {
        signIn(account(role));
        List<String> blocking = new ArrayList<>();
        for (String path : paths.split(" ")) {
            driver.get(url(path));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='main'] h1")));
            waitForVaadin();
            assertThat(driver.findElements(By.tagName("h1")))
                    .as("one h1 on %s", path)
                    .hasSize(1);
            assertThat(driver.findElements(By.cssSelector("a.pso-skip-link[href^='#']")))
                    .as("a skip link on %s", path)
                    .hasSize(1);
            Results results = axe().analyze(driver);
            for (Rule violation : results.getViolations()) {
                String line = path + " (" + role + ") " + violation.getImpact() + " " + violation.getId() + ": "
                        + violation.getHelp() + " at "
                        + violation.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .toList();
                System.out.println("[axe] " + line);
                if (BLOCKING.contains(violation.getImpact())) {
                    blocking.add(line);
                }
            }
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
