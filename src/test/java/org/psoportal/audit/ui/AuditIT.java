package org.psoportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * End to end: a real sign-in through the login form is recorded with the browser's address, and the head finds it
 * in the audit view. Screenshots go to target/screenshots.
 */
class AuditIT extends BrowserTest {

    private List<String> cellTexts() {
        return driver.findElements(By.cssSelector("#audit-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void theHeadSeesTheirOwnSignInWithTheAddressItCameFrom() throws Exception {
        signIn(DemoAccounts.HEAD);
        driver.get(url("audit"));
        waitForVaadin();
        wait.until(d -> cellTexts().contains(DemoAccounts.HEAD));
        screenshot("audit-head");

        driver.get(url("audit?category=SIGN_IN&who=" + DemoAccounts.HEAD));
        waitForVaadin();
        wait.until(d -> cellTexts().contains("Signed in"));
        List<String> cells = cellTexts();
        assertThat(cells)
                .contains(DemoAccounts.HEAD, "Sign-in", "Signed in")
                .anySatisfy(c -> assertThat(c).matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"));
        assertThat(cells).doesNotContain("Failed sign-in", "Task");
        screenshot("audit-head-sign-ins");
    }
}
