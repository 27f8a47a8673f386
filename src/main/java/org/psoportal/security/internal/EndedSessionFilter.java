package org.psoportal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends, on its next request, a session that {@link ActiveSessions} marked as ended because its person's access
 * changed, should the request arrive before the session was invalidated. Runs before the security context is read from
 * the session, so such a request is anonymous: it opens nothing and calls no service.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessionFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                Object reason = session.getAttribute(ActiveSessions.ENDED);
                if (reason != null) {
                    log.debug("Session ended on its next request: {}", reason);
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to end
            }
        }
        chain.doFilter(request, response);
    }
}
