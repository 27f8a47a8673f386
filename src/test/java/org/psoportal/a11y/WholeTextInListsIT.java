package org.psoportal.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * On a desk-sized screen (1400 px, BrowserTest's window) no list cuts a value short: every cell of every list shows
 * its whole text ("CRM-2026-02", the whole topic), wrapping if it must, instead of ending in "…"; and every list fits
 * its frame, so no column (the actions) is cut off at the right.
 */
class WholeTextInListsIT extends BrowserTest {

    /** Cells whose text is cut (wider than the cell shows) and lists wider than their frame. As "list: what". */
    private static final String CUT = """
            const found = [];
            document.querySelectorAll('[role="main"] vaadin-grid').forEach(grid => {
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (grid.offsetParent !== null && table && table.scrollWidth > table.clientWidth + 1) {
                found.push((grid.getAttribute('aria-label') || grid.id || 'list') + ': columns '
                    + table.scrollWidth + ' px wide in ' + table.clientWidth + ' (the last ones cut off)');
              }
              grid.querySelectorAll('vaadin-grid-cell-content').forEach(cell => {
                if (cell.offsetParent !== null && cell.clientWidth > 0 && cell.scrollWidth > cell.clientWidth + 1) {
                  found.push((grid.getAttribute('aria-label') || grid.id || 'list') + ': "'
                      + cell.innerText.trim().substring(0, 60) + '" (' + cell.scrollWidth + ' > ' + cell.clientWidth + ', '
                      + getComputedStyle(cell).whiteSpace + ', ' + grid.getAttribute('theme') + ')');
                }
              });
            });
            return found;
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "STAFF; board/archive my-bookings overview",
                "EXPERT; schedule",
                "HEAD; admin/people admin/projects audit board/templates",
            })
    void noListCutsAValueShort(String role, String paths) throws Exception {
        signIn(
                switch (role) {
                    case "STAFF" -> DemoAccounts.STAFF;
                    case "EXPERT" -> DemoAccounts.EXPERT;
                    default -> DemoAccounts.HEAD;
                });
        List<String> cut = new ArrayList<>();
        for (String path : paths.split(" ")) {
            driver.get(url(path));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='main'] vaadin-grid")));
            waitForVaadin();
            screenshot("lists-" + role.toLowerCase() + "-" + path.replace('/', '-'));
            Object found = ((JavascriptExecutor) driver).executeScript(CUT);
            if (found instanceof List<?> list) {
                list.forEach(f -> cut.add(path + " " + f));
            }
        }
        cut.forEach(line -> System.out.println("[cut] " + line));
        assertThat(cut).as("cell texts cut short at 1400 px").isEmpty();
    }
}
