package org.psoportal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.psoportal.security.CurrentUser;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who and which request into every log line written while a request is served: {@value #PERSON_ID} (the
 * signed-in person's id; absent for visitors and technical accounts) and {@value #REQUEST_ID} (the caller's
 * {@code X-Request-Id} when a proxy sent a sane one, else a new one), as logging context (MDC), which the plain and
 * the JSON log formats both carry. The id goes back in the response's {@code X-Request-Id}, so a proxy's access log
 * and the portal's lines can be matched. Runs in the security filter chain right after the session's sign-in is
 * known. The person's id, never their name or e-mail: logs carry no personal data (docs/operations.md, "Logs").
 */
public class RequestLogContext extends OncePerRequestFilter {

    public static final String PERSON_ID = "person.id";
    public static final String REQUEST_ID = "request.id";
    static final String HEADER = "X-Request-Id";

    /** What a proxy's id may look like (UUIDs, nginx's $request_id, HAProxy's unique-id); anything else is replaced. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = requestIdOf(request);
        response.setHeader(HEADER, requestId);
        MDC.put(REQUEST_ID, requestId);
        Long personId = CurrentUser.caller("").personId();
        if (personId != null) {
            MDC.put(PERSON_ID, personId.toString());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(REQUEST_ID);
            MDC.remove(PERSON_ID);
        }
    }

    static String requestIdOf(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && SANE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
    }
}
