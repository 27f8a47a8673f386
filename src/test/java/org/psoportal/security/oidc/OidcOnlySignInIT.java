package org.psoportal.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.OidcTestProvider;
import org.psoportal.testsupport.OidcTestProvider.Account;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code PSO_LOCAL_LOGIN=false}: single sign-on is the only way in; passwords do not exist. */
class OidcOnlySignInIT extends BrowserTest {

    static final OidcTestProvider PROVIDER = OidcTestProvider.shared();

    @DynamicPropertySource
    static void singleSignOnOnly(DynamicPropertyRegistry registry) {
        registry.add("pso.oidc.issuer", PROVIDER::issuer);
        registry.add("pso.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add("pso.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add("pso.oidc.name", () -> "Test ID");
        registry.add("pso.local-login", () -> "false");
    }

    @BeforeEach
    void allowThisPortal() {
        PROVIDER.allowPortal("http://localhost:" + port);
    }

    @Test
    void thereIsNoPasswordFormAndAPostedPasswordSignsNobodyIn() throws Exception {
        driver.get(url("login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-sign-in")));
        assertThat(driver.findElements(By.tagName("vaadin-login-form"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("input[name='password']")))
                .isEmpty();
        screenshot("oidc-login-page-sso-only");

        // a correct demo password posted as the password form would post it (with this page's CSRF token if any)
        Object status = ((JavascriptExecutor) driver)
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        const body = new URLSearchParams({username: arguments[0], password: arguments[1]});
                        fetch('/login', {method: 'POST', body, redirect: 'manual', credentials: 'same-origin'})
                            .then(r => done(r.type === 'opaqueredirect' ? 'redirect' : String(r.status)))
                            .catch(e => done('failed ' + e));
                        """, DemoAccounts.HEAD, org.psoportal.shared.demo.DemoContext.PASSWORD);
        // whatever the answer (a redirect to the sign-in page or a refusal), nobody is signed in afterwards
        assertThat(status).isNotNull();
        driver.get(url(""));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElements(By.tagName("vaadin-side-nav"))).isEmpty();
    }

    @Test
    void singleSignOnStillLeadsIn() {
        PROVIDER.put("erin", new Account("erin.sso@pso.example", "Erin Provider", List.of("PSO-Heads")));

        OidcSignInIT.signInAtProvider(driver, url("login"), "erin");
        waitForVaadin();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        assertThat(driver.findElement(By.tagName("vaadin-side-nav")).getAttribute("innerHTML"))
                .contains("admin/people");
    }
}
