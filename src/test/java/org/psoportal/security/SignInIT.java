package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/** Every role signs in through the real login form in Chromium and lands where it works. */
class SignInIT extends BrowserTest {

    record Landing(String email, String expectedPathStart, String expectedMenuPath) {}

    @Test
    void eachRoleLandsOnItsStartPage() throws Exception {
        for (Landing landing : List.of(
                new Landing(DemoAccounts.HEAD, "dashboard|home", "admin/people"),
                new Landing(DemoAccounts.ADMINISTRATOR, "board|home", null),
                new Landing(DemoAccounts.EXPERT, "schedule|home", null),
                new Landing(DemoAccounts.STAFF, "experts|home", null))) {
            driver.manage().deleteAllCookies();
            signIn(landing.email());
            String path =
                    driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "").replaceFirst("\\?.*$", "");
            assertThat(path).as(landing.email()).matches(landing.expectedPathStart());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
            String nav = driver.findElement(By.tagName("vaadin-side-nav")).getAttribute("innerHTML");
            if (landing.expectedMenuPath() != null) {
                assertThat(nav).contains(landing.expectedMenuPath());
            } else {
                assertThat(nav).doesNotContain("admin/people");
            }
            screenshot("signin-" + landing.email().substring(0, landing.email().indexOf('@')));
            driver.findElement(By.id("sign-out")).click();
            wait.until(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void aWrongPasswordShowsTheGenericMessage() {
        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")))
                .sendKeys(DemoAccounts.STAFF);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit'], button[slot='submit']"))
                .click();
        wait.until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        wait.until(
                d -> Boolean.TRUE.equals(js.executeScript("return document.querySelector('vaadin-login-form').error")));
        assertThat((String) js.executeScript(
                        "return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .startsWith("The e-mail or password is not correct");
        assertThat(driver.getCurrentUrl()).doesNotContain("wrong-password");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.psoportal.people.PersonService people;

    @Test
    void signInChangesTheSessionIdAndDeactivationEndsTheSession() {
        var form = new org.psoportal.people.internal.PersonForm();
        form.setFullName("Session Test");
        form.setEmail("session-" + java.util.UUID.randomUUID() + "@pso.example");
        form.setRoles(java.util.EnumSet.of(Role.STAFF));
        var created = new org.psoportal.people.internal.PersonRow[1];
        asHead(() -> created[0] = people.create(form, "session-password"));

        driver.get(url("login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        String before = driver.manage().getCookieNamed("JSESSIONID").getValue();
        signIn(created[0].email(), "session-password");
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(cookie.getValue()).isNotEqualTo(before);
        assertThat(cookie.isHttpOnly()).isTrue();

        asHead(() -> people.setActive(created[0].id(), false));
        driver.navigate().refresh();
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        driver.get(url("admin/people"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
    }
}
