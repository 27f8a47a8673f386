package org.psoportal.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Who may use Actuator on the management port (Actuator is not served on the portal's port at all): the health
 * probes and info are open, since load balancers and orchestrators ask them without credentials, and they tell
 * nothing beyond up/down and the version; the Prometheus endpoint needs HTTP Basic with the scrape credential
 * ({@code pso.metrics.user}/{@code pso.metrics.password}); anything else is refused. Without a password configured
 * the Prometheus endpoint refuses everyone. The scrape account exists only in this chain: it cannot sign in to the
 * portal, and the people's accounts cannot read metrics. No sessions, no cookies.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfig {

    /** The authority the scrape credential carries (health details are shown to it, too). */
    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1) // before the portal's chain, which matches every request
    SecurityFilterChain managementSecurityFilterChain(
            HttpSecurity http,
            @Value("${pso.metrics.user:prometheus}") String user,
            @Value("${pso.metrics.password:}") String password)
            throws Exception {
        BasicAuthenticationEntryPoint askForCredential = new BasicAuthenticationEntryPoint();
        askForCredential.setRealmName("pso-portal-management");
        return http.securityMatcher(managementRequests())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health", "info"))
                        .permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .hasRole(METRICS_ROLE)
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(askForCredential))
                .exceptionHandling(refusal -> refusal.authenticationEntryPoint(askForCredential))
                .authenticationManager(new ProviderManager(scrapeAccount(user, password)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable()) // read-only endpoints, no cookies: nothing to forge
                .build();
    }

    /**
     * Every request the management server receives, exposed endpoint or not (without this, an unknown path there
     * would fall through to the portal's chain and be sent to a sign-in page the management port does not have),
     * and Actuator's endpoints wherever they are served. A request outside any web application (a test's bare mock
     * request) is not the management server's.
     */
    static RequestMatcher managementRequests() {
        RequestMatcher endpoints = EndpointRequest.toAnyEndpoint();
        return request -> {
            WebApplicationContext context =
                    WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
            if (context == null) {
                return false;
            }
            return WebServerApplicationContext.hasServerNamespace(context, "management") || endpoints.matches(request);
        };
    }

    /** The one account of the management port; with no password configured it accepts nobody. */
    static AuthenticationProvider scrapeAccount(String user, String password) {
        byte[] expectedUser = user.getBytes(StandardCharsets.UTF_8);
        byte[] expectedPassword = password.getBytes(StandardCharsets.UTF_8);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                byte[] givenUser = attempt.getName().getBytes(StandardCharsets.UTF_8);
                Object credentials = attempt.getCredentials();
                byte[] givenPassword = credentials == null
                        ? new byte[0]
                        : credentials.toString().getBytes(StandardCharsets.UTF_8);
                // both compared in constant time, and both always, so timing tells nothing about either
                boolean userMatches = MessageDigest.isEqual(givenUser, expectedUser);
                boolean passwordMatches = MessageDigest.isEqual(givenPassword, expectedPassword);
                if (expectedPassword.length == 0 || !userMatches || !passwordMatches) {
                    throw new BadCredentialsException("Wrong scrape credential");
                }
                return UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority("ROLE_" + METRICS_ROLE)));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }
}
