package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A double click on Save in "Request a task" in a real Chromium creates one task: the first click disables it. */
class TaskSaveDoubleClickIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDoubleClickOnSaveCreatesOneTask() throws Exception {
        String code = "DC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Long manager = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.STAFF);
        jdbc.update(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code,
                "Double click test",
                manager);
        long project = jdbc.queryForObject("SELECT id FROM project WHERE code = ?", Long.class, code);

        signIn(DemoAccounts.ADMINISTRATOR);
        driver.get(url("board?project=" + project));
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-task"))).click();
        waitForVaadin();
        WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#task-title input")));
        title.sendKeys("Clicked twice");
        WebElement projectInput = driver.findElement(By.cssSelector("#task-project input"));
        projectInput.sendKeys(code);
        new Actions(driver).pause(Duration.ofMillis(500)).perform();
        projectInput.sendKeys(Keys.ARROW_DOWN);
        projectInput.sendKeys(Keys.ENTER);
        waitForVaadin();

        new Actions(driver).doubleClick(driver.findElement(By.id("task-save"))).perform();
        waitForVaadin();
        wait.until(d -> count(project) > 0);
        new Actions(driver).pause(Duration.ofMillis(1000)).perform();
        waitForVaadin();

        assertThat(count(project)).isEqualTo(1);
    }

    private int count(long project) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE project_id = ?", Integer.class, project);
    }
}
