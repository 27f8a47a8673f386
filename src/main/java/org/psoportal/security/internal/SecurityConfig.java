package org.psoportal.security.internal;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in through the Vaadin login view; every view and every service method declares who may use it
 * (views through {@code @RolesAllowed}/{@code @PermitAll}, services through {@code @PreAuthorize}).
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize only. JSR-250 method security stays off on purpose: it would treat the
// @RolesAllowed/@PermitAll annotations of Vaadin views as method security and proxy the view beans.
@EnableMethodSecurity
public class SecurityConfig {

    /**
     * What Vaadin's client needs and nothing more: its bootstrap uses inline scripts, script evaluation and inline
     * styles; everything is served from our own origin; no framing, no plugins, no foreign base URL.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            DaoAuthenticationProvider localSignIn,
            org.psoportal.security.Directory directory,
            org.springframework.beans.factory.ObjectProvider<org.psoportal.security.ExternalAccounts> externalAccounts,
            LoginAttempts attempts,
            AccountKeys keys,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.authentication.AuthenticationEventPublisher>
                    authenticationEvents,
            org.springframework.context.ApplicationEventPublisher events,
            org.psoportal.security.LocalPasswords localPasswords,
            org.psoportal.security.internal.oidc.SingleSignOn singleSignOn)
            throws Exception {
        if (directory.configured()) {
            http.authenticationManager(withDirectory(
                    localPasswords.enabled() ? localSignIn : null,
                    new LdapSignIn(directory, externalAccounts.getObject(), attempts, keys),
                    authenticationEvents.getIfAvailable(
                            () -> new org.springframework.security.authentication.DefaultAuthenticationEventPublisher(
                                    events))));
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/icons/**", "/images/**", "/styles.css", "/styles/**")
                .permitAll()
                // Calendar apps fetch the private feed without a session: the secret token in the URL is the key.
                .requestMatchers("/calendar/feed/**")
                .permitAll()
                // A booking's .ics download: signed-in people only; the service checks it is their booking.
                .requestMatchers("/calendar/booking/**")
                .authenticated()
                // A training session's .ics download: signed-in people only (sessions are listed for everyone).
                .requestMatchers("/calendar/session/**")
                .authenticated());
        // A session ended because its person's access changed opens nothing more (ActiveSessions).
        http.addFilterBefore(
                new EndedSessionFilter(), org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // The response that carries the session's CSRF token is never compressed (BREACH; docs/security.md).
        http.addFilterBefore(
                new SecretBearingResponsesUncompressed(),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        // Every log line of a request names the person (by id) and the request (docs/operations.md, "Logs").
        http.addFilterAfter(
                new RequestLogContext(), org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy
                                .SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
                    // Password sign-in unless PSO_LOCAL_LOGIN=false and no company directory (then no form login:
                    // POST /login does not exist); single sign-on through the organisation's provider when
                    // configured (SingleSignOn).
                    if (localPasswords.passwordForm(directory)) {
                        vaadin.loginView(LoginView.class);
                    }
                    singleSignOn.apply(http, vaadin);
                })
                .build();
    }

    /**
     * Password sign-in against the person table. A locked account (too many failures) is refused before the
     * password is checked, counted per person whichever spelling of the e-mail was typed ({@link AccountKeys}); the
     * login view shows the same generic message for every failure.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(
            UserDetailsService people, PasswordEncoder encoder, LoginAttempts attempts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(people);
        provider.setPasswordEncoder(encoder);
        var defaultChecks = new org.springframework.security.authentication.AccountStatusUserDetailsChecker();
        provider.setPreAuthenticationChecks(user -> {
            if (attempts.isLockedFor(AccountKeys.of(user))) {
                throw new LockedException("Too many failed sign-ins");
            }
            defaultChecks.check(user);
        });
        return provider;
    }

    /**
     * Sign-in with a company directory: the local password first, then the directory ({@link LdapSignIn} says why
     * this order); the directory only when local passwords are switched off ({@code localSignIn} null). Publishes
     * the same events as the default manager (audit trail, lock-out).
     */
    static org.springframework.security.authentication.ProviderManager withDirectory(
            DaoAuthenticationProvider localSignIn,
            LdapSignIn directorySignIn,
            org.springframework.security.authentication.AuthenticationEventPublisher events) {
        var manager = localSignIn == null
                ? new org.springframework.security.authentication.ProviderManager(directorySignIn)
                : new org.springframework.security.authentication.ProviderManager(localSignIn, directorySignIn);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Method-security refusals become events, which {@link AccessRefusals} logs in one place. */
    @Bean
    org.springframework.security.authorization.AuthorizationEventPublisher authorizationEventPublisher(
            org.springframework.context.ApplicationEventPublisher events) {
        return new org.springframework.security.authorization.SpringAuthorizationEventPublisher(events);
    }

    /**
     * BCrypt's work factor: 2^10 rounds, Spring Security's default and OWASP's minimum, about 58 ms of CPU per sign-in
     * on the 2-core test machines. Deliberately slow (it is what makes a stolen hash expensive to crack), so it is
     * also the largest single cost of a sign-in under load (docs/performance.md).
     */
    public static final int PASSWORD_HASH_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(PASSWORD_HASH_STRENGTH);
    }

    /**
     * Vaadin's default view access control (the views' @RolesAllowed/@PermitAll annotations), with refused
     * navigation recorded like any other refused access ({@link NavigationRefusals}). Static: Vaadin reads it while
     * the security configuration itself is being built.
     */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withDecisionResolver(new NavigationRefusals());
    }
}
