package org.psoportal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What {@link RequestLogContext} puts into each log line of a request, and what it refuses to. */
class RequestLogContextTest {

    private final Map<String, String> seen = new HashMap<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedInPersonsRequestIsLoggedWithTheirIdAndTheProxysRequestId() throws Exception {
        PortalUser ann = new PortalUser(42, "ann@pso.example", "Ann", "x", true, Set.of(Role.STAFF));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ann, null, ann.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
        request.addHeader("X-Request-Id", "4bf92f35-77b3-4da6-a3ce-929d0e0e4736");
        MockHttpServletResponse response = new MockHttpServletResponse();

        serve(request, response);

        assertThat(seen)
                .containsEntry(RequestLogContext.PERSON_ID, "42")
                .containsEntry(RequestLogContext.REQUEST_ID, "4bf92f35-77b3-4da6-a3ce-929d0e0e4736");
        assertThat(seen.values()).noneMatch(v -> v.contains("ann@"));
        assertThat(response.getHeader("X-Request-Id")).isEqualTo("4bf92f35-77b3-4da6-a3ce-929d0e0e4736");
        assertThat(MDC.get(RequestLogContext.REQUEST_ID))
                .as("cleared after the request")
                .isNull();
        assertThat(MDC.get(RequestLogContext.PERSON_ID)).isNull();
    }

    @Test
    void aVisitorGetsAFreshRequestIdAndNoPerson() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        serve(new MockHttpServletRequest("GET", "/login"), response);

        assertThat(seen).doesNotContainKey(RequestLogContext.PERSON_ID);
        assertThat(seen.get(RequestLogContext.REQUEST_ID)).matches("[0-9a-f-]{36}");
        assertThat(response.getHeader("X-Request-Id")).isEqualTo(seen.get(RequestLogContext.REQUEST_ID));
    }

    @Test
    void anIdThatCouldForgeOrFloodLogLinesIsReplaced() throws Exception {
        for (String insane :
                new String[] {"abc\r\nINFO forged line", "x".repeat(65), "<script>", "a b", "", "é-accented"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/board");
            request.addHeader("X-Request-Id", insane);
            serve(request, new MockHttpServletResponse());
            assertThat(seen.get(RequestLogContext.REQUEST_ID)).as(insane).matches("[0-9a-f-]{36}");
        }
    }

    private void serve(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        seen.clear();
        new RequestLogContext().doFilter(request, response, (req, res) -> seen.putAll(MDC.getCopyOfContextMap()));
    }
}
