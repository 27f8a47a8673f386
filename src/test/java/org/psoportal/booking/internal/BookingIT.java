package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/** A staff member books an expert by clicking a free time in the week calendar and finds it in "My bookings". */
class BookingIT extends BrowserTest {

    @Test
    void bookBySlotClickAndSeeItInMyBookings() throws Exception {
        signIn(DemoAccounts.STAFF);
        wait.until(d -> d.getCurrentUrl().contains("/experts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-expert-card")));
        screenshot("booking-directory");

        WebElement erik = driver.findElements(By.cssSelector(".pso-expert-card")).stream()
                .filter(c -> c.getText().contains("Erik Engel"))
                .findFirst()
                .orElseThrow();
        erik.findElement(By.cssSelector("a.pso-expert-open")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("week-grid")));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector(".pso-day-list")))
                .as("a desktop's week builds no phone day list")
                .isEmpty();
        screenshot("booking-calendar");

        WebElement free = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".pso-cal-cell.free")));
        free.click();
        WebElement topic = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("booking-topic")));
        String topicText = "Selenium booking " + System.currentTimeMillis();
        topic.findElement(By.tagName("input")).sendKeys(topicText);
        WebElement project = driver.findElement(By.id("booking-project")).findElement(By.tagName("input"));
        project.click();
        project.sendKeys(Keys.ARROW_DOWN);
        waitForVaadin();
        project.sendKeys(Keys.ENTER);
        waitForVaadin();
        screenshot("booking-dialog");
        driver.findElement(By.id("booking-submit")).click();
        waitForVaadin();
        if (!driver.findElements(By.id("booking-overlap")).isEmpty()
                && driver.findElement(By.id("booking-overlap")).isDisplayed()) {
            // The demo sign-in has bookings of its own: a time over one of them books on the second click.
            driver.findElement(By.id("booking-submit")).click();
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("booking-dialog")));
        waitForVaadin();
        assertThat(driver.findElements(By.cssSelector(".pso-cal-block")).stream()
                        .anyMatch(b -> b.getText().contains(topicText)))
                .isTrue();

        driver.get(url("my-bookings"));
        wait.until(d -> d.getPageSource().contains(topicText));
        screenshot("booking-my-bookings");
        checkIcsDownload();

        driver.manage().window().setSize(new Dimension(420, 900));
        driver.get(url("experts"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".pso-expert-card a.pso-expert-open")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".pso-day-list")));
        assertThat(driver.findElements(By.id("week-grid")))
                .as("a phone's week builds no grid at all")
                .isEmpty();
        screenshot("booking-phone-day-list");

        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("week-grid")));
        assertThat(driver.findElement(By.cssSelector(".pso-day-list")).isDisplayed())
                .as("widened past the phone's width: the grid is built and shown instead")
                .isFalse();
    }

    /** The per-booking .ics needs the signed-in session; without it the portal does not hand it out. */
    private void checkIcsDownload() throws Exception {
        String href = driver.findElement(By.cssSelector("a[href*='calendar/booking/']"))
                .getAttribute("href");
        String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> withSession = http.send(
                HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withSession.statusCode()).isEqualTo(200);
        assertThat(withSession.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
        HttpResponse<String> anonymous =
                http.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).doesNotContain("BEGIN:VCALENDAR");
    }

    @Test
    void anExpertLandsOnTheScheduleAndEditsTheProfile() throws Exception {
        signIn(DemoAccounts.EXPERT);
        wait.until(d -> d.getCurrentUrl().contains("/schedule"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("schedule-grid")));
        waitForVaadin();
        screenshot("booking-schedule");
        driver.get(url("expert-profile"));
        WebElement headline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("profile-headline")));
        assertThat(headline.getAttribute("value")).isEqualTo("CRM tool expert");
        screenshot("booking-profile");
        driver.get(url("notifications"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notification-list")));
        waitForVaadin();
        screenshot("booking-notifications");
    }

    @Test
    void feedWithAWrongTokenIs404WithoutASession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("calendar/feed/not-a-real-token.ics")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
