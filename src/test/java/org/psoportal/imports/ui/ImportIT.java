package org.psoportal.imports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The head imports the demo file of 200 people (and three faulty rows) in Chromium: preview with its counts,
 * import with the progress bar, the summary, the people in the people grid, and a second upload of the same file
 * that would change nothing. Screenshots of the preview and the result go to the administrator's guide.
 */
class ImportIT extends BrowserTest {

    private static final Path DEMO_FILE = Path.of("docs/guide/samples/demo-people.csv");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHeadImportsTheDemoFileOfTwoHundredPeopleThroughTheBrowser() throws IOException {
        signIn(DemoAccounts.HEAD);
        driver.get(url("admin/import"));
        waitForVaadin();

        upload(DEMO_FILE);
        WebElement counts = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-counts")));
        wait.until(d -> counts.getText().contains("refused"));
        assertThat(counts.getText()).isEqualTo("To create: 200 · to update: 0 · unchanged: 0 · refused: 3");
        assertThat(driver.findElement(By.id("import-rows")).getText())
                .contains("not-an-e-mail")
                .contains("is not an e-mail address");
        saveToGuide("import-preview");

        driver.findElement(By.id("import-apply")).click();
        WebElement result = driver.findElement(By.id("import-result"));
        wait.until(d -> result.getText().startsWith("Imported"));
        assertThat(result.getText())
                .isEqualTo("Imported demo-people.csv: 200 created, 0 updated, 0 unchanged, 3 refused.");
        saveToGuide("import-result");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM person WHERE email LIKE '%@demo-import.example'", Integer.class))
                .isEqualTo(200);

        // the same file again: nothing to do
        driver.navigate().refresh();
        waitForVaadin();
        upload(DEMO_FILE);
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-counts")));
        wait.until(d -> again.getText().contains("refused"));
        assertThat(again.getText()).isEqualTo("To create: 0 · to update: 0 · unchanged: 200 · refused: 3");
        assertThat(driver.findElement(By.id("import-apply")).getText()).startsWith("Nothing to import");

        driver.get(url("admin/people"));
        waitForVaadin();
        WebElement search =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#people-search input")));
        search.sendKeys("niklas.muller@demo-import");
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('vaadin-grid-cell-content')]"
                        + ".some(c => c.textContent.includes('Niklas Müller'))")));
    }

    private void upload(Path file) {
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        WebElement input = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(
                        "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                        upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private void saveToGuide(String name) throws IOException {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById('import-counts').scrollIntoView({block: 'start'})");
        Path shot = screenshot(name);
        Files.copy(shot, Path.of("docs/guide/img", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
