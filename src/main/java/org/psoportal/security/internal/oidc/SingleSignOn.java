package org.psoportal.security.internal.oidc;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.psoportal.security.ExternalAccounts;
import org.psoportal.security.LocalPasswords;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the organisation's OpenID Connect provider, when one is configured: Spring Security's OAuth2 login
 * (authorization code flow with state, nonce and PKCE) with the portal's own sign-in page, the provider's claims turned
 * into the portal's person ({@link OidcPortalUserService}), and signing out that also ends the provider's session
 * when the provider offers RP-initiated logout ({@code end_session_endpoint}). Nothing of it exists without
 * {@code PSO_OIDC_ISSUER}.
 */
@Component
public class SingleSignOn {

    /** The sign-in page's query parameter after a failed single sign-on (the reason is in the session). */
    public static final String FAILED = "sso-error";

    /** The sign-in page's query parameter when the provider could not be reached. */
    public static final String UNREACHABLE = OidcProviderCheck.UNREACHABLE;

    /** The error codes the sign-in page explains. */
    public static final String MISSING_EMAIL = OidcClaims.MISSING_EMAIL;

    public static final String UNVERIFIED_EMAIL = OidcClaims.UNVERIFIED_EMAIL;

    private final OidcSettings settings;
    private final LocalPasswords localPasswords;
    private final ObjectProvider<ExternalAccounts> accounts;
    private final OidcRegistrations registrations;

    private final org.psoportal.security.Directory directory;

    SingleSignOn(
            OidcSettings settings,
            LocalPasswords localPasswords,
            ObjectProvider<ExternalAccounts> accounts,
            org.psoportal.security.Directory directory) {
        this.directory = directory;
        this.settings = settings;
        this.localPasswords = localPasswords;
        this.accounts = accounts;
        this.registrations = settings.configured() ? new OidcRegistrations(settings) : null;
        if (!settings.configured() && !localPasswords.passwordForm(directory)) {
            throw new IllegalStateException("PSO_LOCAL_LOGIN=false needs single sign-on (PSO_OIDC_ISSUER) or a company"
                    + " directory (PSO_LDAP_URL): nobody could sign in otherwise");
        }
    }

    /** Adds the provider's sign-in and sign-out to the portal's security, when configured. */
    public void apply(HttpSecurity http, VaadinSecurityConfigurer vaadin) {
        if (!settings.configured()) {
            return;
        }
        if (!localPasswords.passwordForm(directory)) {
            // no password form: Vaadin sends people who are not signed in to the sign-in page all the same
            vaadin.oauth2LoginPage("/login");
        }
        OidcPortalUserService people =
                new OidcPortalUserService(identity -> accounts.getObject().signIn(identity), settings);
        http.oauth2Login(oauth2 -> oauth2.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(people))
                .failureHandler(new LoggingFailureHandler())
                .permitAll());
        http.addFilterBefore(new OidcProviderCheck(registrations), OAuth2AuthorizationRequestRedirectFilter.class);

        // Signing out ends the provider's session too (RP-initiated logout) and comes back to the sign-in page; a
        // person signed in with a password, or a provider without an end-session endpoint, simply goes to "/".
        OidcClientInitiatedLogoutSuccessHandler signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri("{baseUrl}/login");
        signOut.setRedirectStrategy(new UidlRedirectStrategy());
        vaadin.logoutSuccessHandler(signOut);
    }

    /** Back to the sign-in page with the reason in the session, and the provider's error in the log. */
    private static final class LoggingFailureHandler
            extends org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler {

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SingleSignOn.class);

        LoggingFailureHandler() {
            super("/login?" + FAILED);
        }

        @Override
        public void onAuthenticationFailure(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception)
                throws java.io.IOException, jakarta.servlet.ServletException {
            log.warn("Single sign-on refused: {}", exception.toString(), exception);
            super.onAuthenticationFailure(request, response, exception);
        }
    }

    public boolean configured() {
        return settings.configured();
    }

    /** The button's text ("Sign in with …") and target. */
    public String name() {
        return settings.name();
    }

    public String authorizationPath() {
        return settings.authorizationPath();
    }

    public String emailClaim() {
        return settings.emailClaim();
    }

    /**
     * Discovers the provider once the portal runs, so that a wrong issuer shows in the log at start-up, not only at
     * the first sign-in; the portal starts either way.
     */
    @EventListener(ApplicationReadyEvent.class)
    void discoverProvider() {
        if (registrations == null) {
            return;
        }
        Thread.ofVirtual().name("oidc-discovery").start(() -> {
            try {
                registrations.resolve();
            } catch (OidcRegistrations.ProviderUnreachable e) {
                // logged by OidcRegistrations; retried at the next sign-in
            }
        });
    }
}
