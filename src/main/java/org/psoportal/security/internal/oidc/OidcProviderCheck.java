package org.psoportal.security.internal.oidc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of Spring Security's redirect to the provider: when the provider cannot be reached, the person sees the
 * sign-in page with a message saying so instead of an error page.
 */
final class OidcProviderCheck extends OncePerRequestFilter {

    /** The sign-in page's query parameter for "the provider cannot be reached". */
    static final String UNREACHABLE = "sso-unreachable";

    private final OidcRegistrations registrations;

    OidcProviderCheck(OidcRegistrations registrations) {
        this.registrations = registrations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI()
                .equals(request.getContextPath() + "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            registrations.resolve();
        } catch (OidcRegistrations.ProviderUnreachable e) {
            response.sendRedirect(request.getContextPath() + "/login?" + UNREACHABLE);
            return;
        }
        chain.doFilter(request, response);
    }
}
