package org.psoportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * On a phone (390 × 844) the dashboard's charts fit their width and no view scrolls sideways: neither the page nor a
 * grid inside it, so actions are never seen without the row they belong to.
 */
class PhoneIT extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);

    /**
     * Charts that do not fit: wider than the box they sit in, or with a part (a value, a label, an axis) drawn outside
     * their own viewBox, where the browser cuts it off. As "chart: what".
     */
    /** Text of a chart as drawn: its font size in the drawing's units times the scale the browser draws it at. */
    private static final String SMALL_CHART_TEXT = """
            const found = [];
            document.querySelectorAll('svg.pso-chart').forEach(svg => {
              const box = svg.getBoundingClientRect();
              if (box.width === 0) { return; }
              const scale = box.width / svg.viewBox.baseVal.width;
              svg.querySelectorAll('text').forEach(text => {
                const drawn = parseFloat(getComputedStyle(text).fontSize) * scale;
                if (drawn < 11.9) {
                  found.push(svg.getAttribute('aria-label') + ': "' + text.textContent + '" at '
                      + drawn.toFixed(1) + ' px');
                }
              });
            });
            return found.slice(0, 5);
            """;

    private static final String CROPPED_CHARTS = """
            const found = [];
            document.querySelectorAll('svg.pso-chart').forEach(svg => {
              const box = svg.getBoundingClientRect();
              if (box.width === 0) { return; }
              const name = svg.getAttribute('aria-label');
              if (box.width > svg.parentElement.clientWidth + 0.5 || box.right > window.innerWidth + 0.5) {
                found.push(name + ': ' + box.width + ' px wide in ' + svg.parentElement.clientWidth);
              }
              const view = svg.viewBox.baseVal;
              svg.querySelectorAll('text, rect, line, path, circle').forEach(part => {
                const b = part.getBBox();
                if (b.width === 0 && b.height === 0) { return; }
                if (b.x < view.x - 0.5 || b.y < view.y - 0.5
                    || b.x + b.width > view.x + view.width + 0.5 || b.y + b.height > view.y + view.height + 0.5) {
                  found.push(name + ': ' + part.tagName + ' "' + (part.textContent || '') + '" outside the drawing');
                }
              });
            });
            return found;
            """;

    /** What scrolls sideways: the page itself, or the body of a grid. */
    private static final String SIDEWAYS = """
            const found = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > window.innerWidth) {
              found.push('page: ' + doc.scrollWidth + ' > ' + window.innerWidth);
            }
            document.querySelectorAll('vaadin-grid').forEach(g => {
              const table = g.shadowRoot && g.shadowRoot.querySelector('#table');
              if (g.offsetParent !== null && table && table.scrollWidth > table.clientWidth + 1) {
                found.push('grid ' + (g.id || g.getAttribute('aria-label') || '') + ': '
                    + table.scrollWidth + ' > ' + table.clientWidth);
              }
            });
            return found;
            """;

    @Test
    void theDashboardChartsFitAPhoneAndNothingScrollsSideways() throws Exception {
        signIn(DemoAccounts.HEAD);
        driver.manage().window().setSize(PHONE);
        open("dashboard", "svg.pso-chart");
        scrollToEveryLazySection();
        ((JavascriptExecutor) driver).executeScript("document.querySelector('h1').scrollIntoView()");
        screenshot("phone-dashboard");
        for (String figure : List.of("team-utilisation", "utilisation", "hours-per-project")) {
            ((JavascriptExecutor) driver)
                    .executeScript("document.getElementById(arguments[0]).scrollIntoView()", figure);
            screenshot("phone-dashboard-" + figure);
        }
        assertThat(js(CROPPED_CHARTS)).as("cropped charts").isEmpty();
        assertThat(js(SMALL_CHART_TEXT)).as("chart text drawn under 12 px").isEmpty();
        assertThat(js(SIDEWAYS)).as("sideways scrolling on the dashboard").isEmpty();

        open("admin/people", "vaadin-grid");
        screenshot("phone-people");
        assertThat(js(SIDEWAYS)).as("sideways scrolling on People").isEmpty();

        open("board", ".pso-board, vaadin-horizontal-layout");
        screenshot("phone-board");
    }

    @Test
    void myBookingsFitAPhone() throws Exception {
        signIn(DemoAccounts.STAFF);
        driver.manage().window().setSize(PHONE);
        open("my-bookings", "vaadin-grid");
        screenshot("phone-my-bookings");
        assertThat(js(SIDEWAYS)).as("sideways scrolling on My bookings").isEmpty();

        // the reschedule picker speaks the portal's format: ISO date, 24-hour time (not "10:00 AM")
        driver.findElements(By.cssSelector(".pso-row-card vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().contains("Reschedule"))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reschedule-start")));
        waitForVaadin();
        screenshot("phone-reschedule");
        Object shown = ((JavascriptExecutor) driver).executeScript("""
                        const picker = document.getElementById('reschedule-start');
                        return picker.querySelector('vaadin-date-picker input').value + ' '
                            + picker.querySelector('vaadin-time-picker input').value;
                        """);
        assertThat(String.valueOf(shown)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        Object overhang = ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById('reschedule-start').getBoundingClientRect().right"
                        + " - window.innerWidth");
        assertThat(((Number) overhang).doubleValue())
                .as("the picker ends inside the screen, with the dialog's margin")
                .isLessThanOrEqualTo(-16);
    }

    /**
     * "Any expert" at 390 px, then its booking dialog with a weekly repetition chosen by the keyboard: the list of
     * the series' times (free or refused with the rule) stays inside the screen.
     */
    @Test
    void theRepeatingBookingDialogFitsAPhoneAndIsChosenByKeyboard() throws Exception {
        signIn(DemoAccounts.STAFF);
        driver.manage().window().setSize(PHONE);
        open("experts/any-expert?skill=SAP&length=60", ".any-book");
        driver.findElements(By.cssSelector(".any-book")).getFirst().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-repeat")));
        waitForVaadin();
        ((JavascriptExecutor) driver).executeScript("document.getElementById('booking-repeat').focus()");
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform(); // opens the list on "Does not repeat"
        waitForVaadin();
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform(); // to "Weekly"
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#booking-series-preview li")));
        waitForVaadin();
        screenshot("phone-booking-series");
        assertThat(driver.findElements(By.cssSelector("#booking-series-preview li")))
                .as("four weekly times listed")
                .hasSize(4);
        assertThat(driver.findElement(By.id("booking-submit")).getText()).matches("Book \\d free times?");
        Object overhang = ((JavascriptExecutor) driver)
                .executeScript("return Math.max(...['booking-series-preview', 'booking-repeat-times', 'booking-submit']"
                        + ".map(id => document.getElementById(id).getBoundingClientRect().right)) - window.innerWidth");
        assertThat(((Number) overhang).doubleValue())
                .as("the series' fields and times end inside the screen")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void myScheduleFitsAPhone() throws Exception {
        signIn(DemoAccounts.EXPERT);
        driver.manage().window().setSize(PHONE);
        open("schedule", "vaadin-grid");
        screenshot("phone-schedule");
        assertThat(js(SIDEWAYS)).as("sideways scrolling on My schedule").isEmpty();
    }

    private void open(String path, String css) {
        driver.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private List<Object> js(String script) {
        Object result = ((JavascriptExecutor) driver).executeScript(script);
        return result instanceof List<?> l ? (List<Object>) l : List.of(Map.of("unexpected", String.valueOf(result)));
    }
}
