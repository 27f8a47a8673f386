package org.psoportal.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.LdapServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The company directory end to end, in Chromium against a portal configured with a real LDAP server
 * (PSO_LDAP_URL etc. pointing at UnboundID in memory): a directory person signs in on the ordinary sign-in page
 * with their e-mail and directory password and lands where their group's role works; the head presses "Sync with
 * directory" on the people page and reads the report (a person without e-mail is the one error).
 */
class DirectoryIT extends BrowserTest {

    static final LdapServer LDAP = LdapServer.start();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) {
        for (String property : LDAP.properties()) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
        // the test presses the button; the schedule stays out of its way
        registry.add("pso.ldap.sync-initial-delay", () -> "PT1H");
    }

    @AfterAll
    static void stopDirectory() {
        LDAP.close();
    }

    @Test
    void aDirectoryPersonSignsInWithTheirDirectoryPasswordAndLandsWhereTheirGroupsRoleWorks() {
        signIn(LDAP.email("bert"), LdapServer.PASSWORD);

        wait.until(d -> d.getCurrentUrl().contains("/board"));
        assertThat(driver.getCurrentUrl())
                .as("an administrator lands on the board")
                .contains("/board");
    }

    @Test
    void theHeadSyncsWithTheDirectoryAndReadsTheReportAndALeaverIsDeactivated() throws Exception {
        signIn(DemoAccounts.HEAD);
        driver.get(url("admin/people"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("directory-sync-now")))
                .click();
        waitForVaadin();
        WebElement errors =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#directory-sync-errors li")));
        assertThat(errors.getText()).contains(LDAP.dn("nomail"), "no e-mail address");

        // Dan leaves the organisation; the next sync deactivates him
        LDAP.remove("dan");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("directory-sync-now")))
                .click();
        waitForVaadin();
        wait.until(d -> d.findElements(By.cssSelector("#directory-sync vaadin-grid-cell-content")).stream()
                        .filter(cell -> cell.getText().equals("Helena Hart"))
                        .count()
                == 2);
        String report = driver.findElement(By.cssSelector("#directory-sync vaadin-grid"))
                .getText();
        assertThat(report).contains("Helena Hart");
        assertThat(driver.findElement(By.cssSelector("vaadin-notification-card"))
                        .getText())
                .contains("0 created, 0 updated, 1 deactivated");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('directory-sync').scrollIntoView()");
        screenshot("directory-sync");

        driver.findElement(By.id("leavers-tasks")).click();
        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leavers-empty")));
        assertThat(empty.getText()).as("Dan had no open tasks").contains("No open task");
    }
}
