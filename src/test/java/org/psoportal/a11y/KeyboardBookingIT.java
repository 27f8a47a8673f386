package org.psoportal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * A keyboard-only user books an expert: Tab, arrow keys, Enter and typing, from the sign-in form to the booking in the
 * expert's week. No mouse click anywhere.
 */
class KeyboardBookingIT extends BrowserTest {

    @Test
    void aKeyboardUserSignsInAndBooksAFreeTimeInTheExpertsWeek() throws Exception {
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        tabUntil("document.activeElement.name === 'username'");
        type(DemoAccounts.STAFF);
        keys(Keys.TAB);
        type(DemoContext.PASSWORD);
        keys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().contains("/experts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-expert-card")));
        waitForVaadin();

        tabUntil("document.activeElement.matches('a.pso-skip-link')");
        keys(Keys.ENTER);
        assertThat(js().executeScript("return document.activeElement.tagName"))
                .as("the skip link lands on the view's title")
                .isEqualTo("H1");
        tabUntil("document.activeElement.matches('a.pso-expert-open')"
                + " && document.activeElement.closest('.pso-expert-card').textContent.includes('Erik Engel')");
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-grid")));
        waitForVaadin();

        tabUntil("document.activeElement.matches('.pso-cal-cell.free')");
        String first = focusedLabel();
        assertThat(first).startsWith("Book ").endsWith(" with Erik Engel");
        keys(Keys.ARROW_DOWN);
        String next = focusedLabel();
        assertThat(next)
                .as("the arrow key moved to another free time")
                .startsWith("Book ")
                .isNotEqualTo(first);
        screenshot("keyboard-focused-slot");
        keys(Keys.ENTER);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-topic")));
        waitForVaadin();
        tabUntil("document.activeElement.closest('#booking-topic') !== null");
        String topic = "Keyboard booking " + System.currentTimeMillis();
        type(topic);
        tabUntil("document.activeElement.closest('#booking-project') !== null");
        keys(Keys.ARROW_DOWN); // opens the list
        waitForVaadin();
        keys(Keys.ARROW_DOWN); // to a project
        keys(Keys.ENTER);
        waitForVaadin();
        assertThat(js().executeScript("return document.querySelector('#booking-project').value"))
                .as("a project chosen with the keyboard")
                .isNotEqualTo("");
        screenshot("keyboard-booking-dialog");
        tabUntil("document.activeElement.id === 'booking-submit'");
        keys(Keys.ENTER);
        waitForVaadin();
        if (Boolean.TRUE.equals(js().executeScript("const b = document.getElementById('booking-submit');"
                + " return !!b && b.textContent.trim() === 'Book anyway';"))) {
            // The demo sign-in has bookings of its own: a time over one of them books on the second Enter.
            tabUntil("document.activeElement.id === 'booking-submit'");
            keys(Keys.ENTER);
        }

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("booking-dialog")));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector(".pso-cal-block")).stream()
                        .anyMatch(block -> block.getText().contains(topic)))
                .as("the booking is in the expert's week")
                .isTrue();
    }

    /** Presses Tab until the condition holds for the focused element (at most 120 times). */
    private void tabUntil(String condition) {
        java.util.List<Object> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            visited.add(
                    js().executeScript(
                                    "const a = document.activeElement;"
                                            + " return a.tagName + '.' + a.className + '#' + a.id + ' ' + (a.textContent || '').substring(0, 30)"));
            if (Boolean.TRUE.equals(
                    js().executeScript("try { return !!(" + condition + "); } catch (e) { return false; }"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached: " + condition + "; focus is on "
                + js().executeScript("return document.activeElement.outerHTML.substring(0, 200)") + "; visited "
                + visited);
    }

    private String focusedLabel() {
        return (String) js().executeScript("return document.activeElement.getAttribute('aria-label')");
    }

    private void keys(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }
}
