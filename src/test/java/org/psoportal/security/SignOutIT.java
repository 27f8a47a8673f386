package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;

/** Sign-out invalidates the session on the server: the old session cookie opens nothing afterwards. */
class SignOutIT extends BrowserTest {

    @Test
    void signOutInvalidatesTheSession() {
        signIn(DemoAccounts.STAFF);
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();

        wait.until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                        .filter(b -> b.getText().contains("Sign out"))
                        .findFirst()
                        .orElse(null))
                .click();
        wait.until(d -> d.getCurrentUrl().contains("/login"));

        // Replay the old session cookie, as someone who copied it would: the server no longer knows it.
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("JSESSIONID", session.getValue(), "/"));
        driver.get(url("my-bookings"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(session.getValue());
    }
}
