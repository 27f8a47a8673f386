package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.FilterChainProxy;

/**
 * HSTS only when the portal is reached over TLS (a Strict-Transport-Security header on plain HTTP is ignored by
 * browsers and would only confuse a proxy setup): the real security filter chain, fed a secure and an insecure
 * request.
 */
@IntegrationTest
class TlsHeadersTest {

    @Autowired
    @Qualifier("springSecurityFilterChain") FilterChainProxy securityFilters;

    private MockHttpServletResponse run(boolean secure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        request.setServletPath("/login");
        request.setSecure(secure);
        request.setScheme(secure ? "https" : "http");
        request.setServerPort(secure ? 443 : 80);
        MockHttpServletResponse response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void hstsOverTlsOnlyAndTheOtherHeadersAlways() throws Exception {
        MockHttpServletResponse tls = run(true);
        assertThat(tls.getHeader("Strict-Transport-Security"))
                .contains("max-age=")
                .contains("includeSubDomains");
        assertThat(tls.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(tls.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse plain = run(false);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeader("Content-Security-Policy")).isNotNull();
    }
}
