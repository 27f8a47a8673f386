package org.psoportal.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the one JSON response that carries the session's secrets out of HTTP compression (BREACH,
 * docs/security.md, "Response compression"). Vaadin's init response ({@code GET /?v-r=init&location=...}) holds
 * the session's {@code Vaadin-Security-Key} (its CSRF token) and push id next to the requested location and query,
 * which a third party can choose; the UIDL responses that follow hold neither. Both are {@code application/json},
 * so Tomcat's compression, which decides by content type and size, cannot tell them apart: this filter marks the
 * init response {@code Content-Encoding: identity}, which Tomcat's compression leaves alone (browsers accept no
 * transfer-encoding gzip). The bootstrap and login pages (HTML, with Spring Security's token) are not compressed
 * at all, as {@code server.compression.mime-types} leaves out {@code text/html}.
 */
class SecretBearingResponsesUncompressed extends OncePerRequestFilter {

    static final String IDENTITY = "identity";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isVaadinInit(request)) {
            response.setHeader("Content-Encoding", IDENTITY);
        }
        chain.doFilter(request, response);
    }

    /** Vaadin's init request; read from the query string only, so no request body is consumed. */
    static boolean isVaadinInit(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            if (pair.equals("v-r=init")) {
                return true;
            }
        }
        return false;
    }
}
