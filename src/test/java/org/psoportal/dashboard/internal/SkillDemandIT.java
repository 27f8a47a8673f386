package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/**
 * A booking made in the browser for a skill shows up under that skill in the head's "most requested skills": staff
 * filter the directory by the skill, open the expert, and the booking dialog has the skill chosen already.
 */
class SkillDemandIT extends BrowserTest {

    private static final String SKILL = "Data migration";

    @Test
    void aBookingForASkillCountsInTheDashboardsMostRequestedSkills() throws Exception {
        signIn(DemoAccounts.HEAD);
        long before = requestedOnTheDashboard();
        signOut();

        signIn(DemoAccounts.STAFF);
        driver.get(url("experts"));
        WebElement erik = wait.until(d -> d.findElements(By.cssSelector(".pso-expert-card")).stream()
                .filter(c -> c.getText().contains("Erik Engel"))
                .findFirst()
                .orElse(null));
        erik.findElements(By.cssSelector(".pso-skills button.pso-skill")).stream()
                .filter(tag -> tag.getText().equals(SKILL))
                .findFirst()
                .orElseThrow()
                .click();
        wait.until(d -> d.getCurrentUrl().contains("skill="));
        waitForVaadin();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".pso-expert-card a.pso-expert-open")))
                .click();
        wait.until(d ->
                d.getCurrentUrl().contains("/experts/") && d.getCurrentUrl().contains("skill="));
        // a free time this quarter: the period the head looks at below
        LocalDate quarterEnds =
                LocalDate.now().with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-cal-cell.free")));
        WebElement free = driver.findElements(By.cssSelector(".pso-cal-cell.free")).stream()
                .filter(cell -> !Instant.parse(cell.getDomAttribute("data-start"))
                        .isAfter(quarterEnds.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no free time left this quarter in the expert's next free week"));
        free.click();
        WebElement skill = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-skill")));
        assertThat(skill.findElement(By.tagName("input")).getDomProperty("value"))
                .as("the skill the directory was filtered by")
                .isEqualTo(SKILL);
        driver.findElement(By.id("booking-topic"))
                .findElement(By.tagName("input"))
                .sendKeys("Moving the old CRM's contacts");
        WebElement project = driver.findElement(By.id("booking-project")).findElement(By.tagName("input"));
        project.click();
        project.sendKeys(Keys.ARROW_DOWN);
        waitForVaadin();
        project.sendKeys(Keys.ENTER);
        waitForVaadin();
        driver.findElement(By.id("booking-submit")).click();
        waitForVaadin();
        if (!driver.findElements(By.id("booking-overlap")).isEmpty()
                && driver.findElement(By.id("booking-overlap")).isDisplayed()) {
            // The demo sign-in has bookings of its own: a time over one of them books on the second click.
            driver.findElement(By.id("booking-submit")).click();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("booking-dialog")));
        signOut();

        signIn(DemoAccounts.HEAD);
        // the shared figures are recomputed at most every 5 s and a dashboard asks every 10 s
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofSeconds(3))
                .until(d -> requestedOnTheDashboard() == before + 1);
    }

    /** The count of {@link #SKILL} in the CSV of the dashboard's "most requested skills" (0 when it is not listed). */
    private long requestedOnTheDashboard() {
        driver.get(url("dashboard"));
        WebElement period = wait.until(ExpectedConditions.elementToBeClickable(By.id("dashboard-period")));
        period.click(); // opens on "Last 30 days"; the next item is "This quarter"
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-select-item[focused]")));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        wait.until(d -> period.getText().contains("This quarter"));
        waitForVaadin();
        scrollToEveryLazySection();
        WebElement csv =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#skills a.pso-figure-csv")));
        String body = download(csv.getDomAttribute("href"));
        return body.lines()
                .map(line -> line.split(","))
                .filter(cells -> cells.length >= 2 && cells[0].replace("\"", "").equals(SKILL))
                .mapToLong(cells -> Long.parseLong(cells[cells.length - 1].trim()))
                .findFirst()
                .orElse(0);
    }

    private String download(String href) {
        try {
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url("")).resolve(href))
                                    .header("Cookie", "JSESSIONID=" + session)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }
}
