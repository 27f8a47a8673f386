package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.admintasks.internal.BoardBroadcaster;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Two people in two browsers: the head ends another person's open session through the people administration, and
 * that person's open board lets go of its listener. Also: a reset password ends the old session, and signing out is
 * recorded in the audit trail.
 */
class SessionEndIT extends BrowserTest {

    @Autowired
    PersonService people;

    @Autowired
    BoardBroadcaster broadcaster;

    @Autowired
    JdbcTemplate jdbc;

    private PersonRow newAdministrator(String password) {
        PersonForm form = new PersonForm();
        form.setFullName("Board Holder " + UUID.randomUUID().toString().substring(0, 8));
        form.setEmail("board-holder-" + UUID.randomUUID() + "@pso.example");
        form.setRoles(EnumSet.of(Role.ADMINISTRATOR));
        PersonRow[] created = new PersonRow[1];
        asHead(() -> created[0] = people.create(form, password));
        return created[0];
    }

    private String notificationTexts() {
        Object texts = ((JavascriptExecutor) driver)
                .executeScript("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(c => c.innerText).join(' | ')");
        return String.valueOf(texts);
    }

    @Test
    void deactivatingSomeoneWhoseBoardIsOpenEndsTheirSessionWithoutAnErrorForTheHead() throws Exception {
        PersonRow holder = newAdministrator("board-holder-passphrase");
        Path profile = Files.createTempDirectory("pso-chromium-2-");
        WebDriver other = newChromium(profile);
        try {
            int before = broadcaster.listenerCount();
            signIn(other, holder.email(), "board-holder-passphrase");
            other.get(url("board"));
            await().atMost(Duration.ofSeconds(30)).until(() -> broadcaster.listenerCount() > before);
            int withBoard = broadcaster.listenerCount();

            signIn(DemoAccounts.HEAD);
            driver.get(url("admin/people"));
            WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-text-field[placeholder='Search name or e-mail'] input")));
            search.sendKeys(holder.fullName());
            wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                            .filter(b -> b.getText().trim().equals("Deactivate"))
                            .count()
                    == 1);
            WebElement deactivate = driver.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().trim().equals("Deactivate"))
                    .findFirst()
                    .orElseThrow();
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", deactivate);
            // deactivating asks first; its confirm button names the person
            String confirmText = "Deactivate " + holder.fullName();
            WebElement confirm = wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                    .filter(b -> b.getText().trim().equals(confirmText))
                    .findFirst()
                    .orElse(null));
            ((JavascriptExecutor) driver).executeScript("arguments[0].click()", confirm);

            wait.until(d -> notificationTexts().contains("is deactivated"));
            waitForVaadin();
            screenshot("session-end-head-after-deactivation");
            assertThat(notificationTexts())
                    .doesNotContain("Something went wrong")
                    .contains(holder.fullName());
            // the head's own page still works
            assertThat(driver.getCurrentUrl()).contains("admin/people");

            // the other person's board let go of its listener, and their session is over
            await().atMost(Duration.ofSeconds(15)).until(() -> broadcaster.listenerCount() < withBoard);
            other.navigate().refresh();
            new WebDriverWait(other, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/login"));
        } finally {
            other.quit();
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @Test
    void aPasswordResetEndsTheOldSessionAndSigningOutIsRecorded() {
        PersonRow holder = newAdministrator("first-board-passphrase");
        signIn(holder.email(), "first-board-passphrase");
        driver.get(url("board"));
        waitForVaadin();

        asHead(() -> people.setPassword(holder.id(), "second-board-passphrase"));
        driver.navigate().refresh();
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        signIn(holder.email(), "second-board-passphrase");
        waitForVaadin();
        WebElement signOut = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        // a script click: the development tools' overlay may lie over the header
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", signOut);
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM audit_event WHERE actor_person_id = ? AND action = 'SIGNED_OUT'",
                                Integer.class,
                                holder.id())
                        == 1);
    }
}
