package org.psoportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The bell counts a new note while the page stays open: pushed by the server, no reload, no navigation. */
class LiveBellIT extends BrowserTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewNoteShowsInTheOpenBellWithoutAReload() throws Exception {
        signIn(DemoAccounts.EXPERT);
        long expertId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-bell")));
        String before = bellLabel();

        runAs.run(
                DemoAccounts.STAFF,
                () -> notifications.notify(
                        expertId, "notify.booking.made", List.of("Staff", "Mon 10:00", "Live bell"), "schedule"));

        wait.until(d -> !bellLabel().equals(before));
        screenshot("live-bell");
        assertThat(bellLabel()).contains("unread");
    }

    private String bellLabel() {
        return driver.findElement(By.id("notification-bell")).getAttribute("aria-label");
    }
}
