package org.psoportal.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.psoportal.testsupport.BrowserTest;
import org.psoportal.testsupport.OidcTestProvider;
import org.psoportal.testsupport.OidcTestProvider.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on end to end: a real OpenID Connect provider (Spring Authorization Server, {@link OidcTestProvider}),
 * the portal configured for it as an operator would, and Chromium clicking "Sign in with …".
 */
class OidcSignInIT extends BrowserTest {

    static final OidcTestProvider PROVIDER = OidcTestProvider.shared();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("pso.oidc.issuer", PROVIDER::issuer);
        registry.add("pso.oidc.client-id", () -> OidcTestProvider.CLIENT_ID);
        registry.add("pso.oidc.client-secret", () -> OidcTestProvider.CLIENT_SECRET);
        registry.add("pso.oidc.name", () -> "Test ID");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.psoportal.people.PersonService people;

    @BeforeEach
    void allowThisPortal() {
        PROVIDER.allowPortal("http://localhost:" + port);
    }

    /** Signs in through the provider's own login form, starting from the portal's button. */
    static void signInAtProvider(org.openqa.selenium.WebDriver driver, String portalLogin, String username) {
        var until = new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30));
        driver.get(portalLogin);
        until.until(ExpectedConditions.elementToBeClickable(By.id("sso-sign-in")))
                .click();
        until.until(d -> d.getCurrentUrl().startsWith("http://127.0.0.1"));
        until.until(ExpectedConditions.presenceOfElementLocated(By.name("username")))
                .sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(OidcTestProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        until.until(d -> d.getCurrentUrl().startsWith("http://localhost"));
    }

    private void signInAtProvider(String username) {
        signInAtProvider(driver, url("login"), username);
    }

    private String nav() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav")));
        return driver.findElement(By.tagName("vaadin-side-nav")).getAttribute("innerHTML");
    }

    private List<String> rolesOf(String email) {
        return jdbc.queryForList(
                "SELECT r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE p.email = ? ORDER BY r.role",
                String.class,
                email);
    }

    private String ssoError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-error")))
                .getText();
    }

    @Test
    void aHeadByGroupLandsOnTheDashboardWithTheHeadsMenu() throws Exception {
        PROVIDER.put("alice", new Account("alice.sso@pso.example", "Alice Provider", List.of("PSO-Heads")));

        driver.get(url("login"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sso-sign-in")))
                        .getText())
                .isEqualTo("Sign in with Test ID");
        Path shot = screenshot("oidc-login-page");
        Path guide = Path.of("docs", "guide", "img");
        if (Files.isDirectory(guide)) {
            Files.copy(shot, guide.resolve("identity-sso-sign-in.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        signInAtProvider("alice");
        waitForVaadin();
        String path =
                driver.getCurrentUrl().replaceFirst("^https?://[^/]+/", "").replaceFirst("\\?.*$", "");
        assertThat(path).matches("dashboard|home");
        assertThat(nav()).contains("admin/people");
        assertThat(rolesOf("alice.sso@pso.example")).containsExactly("HEAD");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event a JOIN person p ON p.id = a.actor_person_id "
                                + "WHERE p.email = ? AND a.action = 'SIGNED_IN'",
                        Integer.class,
                        "alice.sso@pso.example"))
                .isPositive();
    }

    @Test
    void someoneInNoGroupIsCreatedJustInTimeAsStaff() {
        PROVIDER.put("bob", new Account("bob.sso@pso.example", "Bob Provider", List.of()));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM person WHERE email = ?", Integer.class, "bob.sso@pso.example"))
                .isZero();

        signInAtProvider("bob");
        waitForVaadin();

        assertThat(nav()).doesNotContain("admin/people");
        assertThat(jdbc.queryForMap(
                        "SELECT full_name, external_id, active FROM person WHERE email = ?", "bob.sso@pso.example"))
                .containsEntry("full_name", "Bob Provider")
                .containsEntry("external_id", "bob");
        assertThat(rolesOf("bob.sso@pso.example")).containsExactly("STAFF");
    }

    @Test
    void aDeactivatedPersonIsRefusedWithAClearMessage() {
        var form = new org.psoportal.people.internal.PersonForm();
        form.setFullName("Dora Deactivated");
        form.setEmail("dora.sso@pso.example");
        form.setRoles(java.util.Set.of(org.psoportal.security.Role.STAFF));
        var created = new org.psoportal.people.internal.PersonRow[1];
        asHead(() -> created[0] = people.create(form, "dora-local-password-1"));
        asHead(() -> people.setActive(created[0].id(), false));
        PROVIDER.put("dora", new Account("dora.sso@pso.example", "Dora Deactivated", List.of("PSO-Heads")));

        signInAtProvider("dora");

        assertThat(ssoError()).startsWith("Your account is deactivated");
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(rolesOf("dora.sso@pso.example")).containsExactly("STAFF");
    }

    @Test
    void aTokenWithoutEmailIsRefusedAndCreatesNobody() {
        PROVIDER.put("nomail", new Account(null, "No Mail", List.of("PSO-Heads")));
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);

        signInAtProvider("nomail");

        assertThat(ssoError())
                .contains("did not tell the portal your e-mail address")
                .contains("\"email\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aGroupChangeAtTheProviderChangesTheRolesAtTheNextSignInAndSigningOutEndsTheProviderSession() {
        PROVIDER.put("carol", new Account("carol.sso@pso.example", "Carol Provider", List.of("PSO-Experts")));
        signInAtProvider("carol");
        waitForVaadin();
        assertThat(rolesOf("carol.sso@pso.example")).containsExactly("EXPERT");

        // a script click: the development tools' overlay may lie over the header
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].click()", driver.findElement(By.id("sign-out")));
        wait.until(d -> d.getCurrentUrl().startsWith("http://localhost")
                && d.getCurrentUrl().contains("/login"));

        // the provider's session ended too: its login form is asked for again
        PROVIDER.put("carol", new Account("carol.sso@pso.example", "Carol Provider", List.of("PSO-Admins")));
        signInAtProvider("carol");
        waitForVaadin();

        assertThat(rolesOf("carol.sso@pso.example")).containsExactly("ADMINISTRATOR");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event a JOIN person p ON p.id = a.object_id "
                                + "WHERE p.email = ? AND a.object_type = 'person' AND a.category <> 'SIGN_IN'",
                        Integer.class,
                        "carol.sso@pso.example"))
                .as("the change of roles is in the audit trail")
                .isPositive();
    }
}
