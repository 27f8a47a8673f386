package org.psoportal.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * On a phone held upright (390 × 844) no main view of any role scrolls sideways: the page is never wider than the
 * screen and nothing sticks out of its right edge, so a user never has to pan to read a line or find a button. The
 * only exception is the board, whose columns scroll sideways inside their own frame ({@code .pso-board}). Each view
 * is also saved as a screenshot under {@code target/screenshots/sideways-*.png}, to look at.
 */
class NoSidewaysScrollIT extends BrowserTest {

    private static final Dimension PHONE = new Dimension(390, 844);

    /**
     * What makes the view scroll sideways: the page wider than the window, and the outermost elements that reach past
     * its right edge (inside the board's column frame, which scrolls on its own, they may). As "what: how far".
     */
    private static final String SIDEWAYS = """
            const found = [];
            const page = document.scrollingElement;
            if (page.scrollWidth > page.clientWidth + 1) {
              found.push('page: ' + page.scrollWidth + ' px wide in ' + page.clientWidth);
            }
            const limit = document.documentElement.clientWidth + 1;
            const describe = el => {
              const text = (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ');
              return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                  + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                  + ' "' + text.substring(0, 40) + '"';
            };
            const sticksOut = el => {
              const box = el.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && box.right > limit;
            };
            const grids = new Set();
            const visit = (root, parentSticksOut) => {
              for (const el of root.children) {
                if (el.closest('.pso-board') || el.matches('vaadin-app-layout [slot="drawer"]')) { continue; }
                const out = sticksOut(el) && getComputedStyle(el).visibility !== 'hidden';
                if (out && !parentSticksOut) {
                  // a grid's cells are its children: the grid is named once, by its widest cell
                  const grid = el.tagName === 'VAADIN-GRID-CELL-CONTENT' ? el.closest('vaadin-grid') : null;
                  if (!grid || !grids.has(grid)) {
                    if (grid) { grids.add(grid); }
                    found.push((grid ? 'grid ' + (grid.id || grid.getAttribute('aria-label') || '') + ' cell ' : '')
                        + describe(el) + ': right edge at ' + Math.round(el.getBoundingClientRect().right)
                        + ' px of ' + (limit - 1));
                  }
                }
                visit(el, parentSticksOut || out);
              }
            };
            visit(document.body, false);
            return found;
            """;

    /** Scrolls the view's first list into sight; false when the view has none. */
    private static final String SHOW_LIST = """
            const grid = document.querySelector('[role="main"] vaadin-grid');
            if (grid) { grid.scrollIntoView(); }
            return !!grid;
            """;

    /** One browser and one sign-in per role; every main view that role works in, as a phone shows it. */
    @ParameterizedTest(name = "{0} on a phone")
    @CsvSource(
            delimiter = ';',
            value = {
                "STAFF; home overview board board/archive experts expert-calendar experts/any-expert?skill=SAP my-bookings notifications",
                "ADMINISTRATOR; home overview board board/archive board/templates my-bookings notifications",
                "EXPERT; home overview schedule expert-profile my-bookings notifications experts",
                "HEAD; dashboard dashboard/sessions overview admin/people admin/projects audit admin/import board board/templates expert-profile",
            })
    void noMainViewScrollsSideways(String role, String paths) throws Exception {
        signIn(account(role));
        driver.manage().window().setSize(PHONE);
        List<String> sideways = new ArrayList<>();
        for (String path : paths.split(" ")) {
            open(path);
            String name = "sideways-" + role.toLowerCase() + "-" + path.replace('/', '-');
            screenshot(name);
            // and where its list starts (below the filters on a phone), to look at the cards too
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(SHOW_LIST))) {
                screenshot(name + "-list");
            }
            for (Object found : js(SIDEWAYS)) {
                sideways.add(path + " (" + role + ") " + found);
            }
        }
        sideways.forEach(line -> System.out.println("[sideways] " + line));
        assertThat(sideways).as("what scrolls sideways at 390 px").isEmpty();
    }

    /** Opens a view and waits until it has drawn itself; the expert calendar is reached from the directory. */
    private void open(String path) {
        if (path.equals("expert-calendar")) {
            open("experts");
            String href = driver.findElement(By.cssSelector("a[href^='experts/']:not(#any-expert-link)"))
                    .getAttribute("href");
            driver.get(href);
        } else {
            driver.get(url(path));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='main'] h1")));
        waitForVaadin();
        scrollToEveryLazySection();
    }

    private List<?> js(String script) {
        Object result = ((JavascriptExecutor) driver).executeScript(script);
        return result instanceof List<?> list ? list : List.of("unexpected: " + result);
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
