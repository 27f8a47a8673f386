package org.psoportal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Only Vaadin's init response, the JSON one with the session's security key, is kept out of compression. */
class SecretBearingResponsesUncompressedTest {

    private String contentEncodingFor(String method, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/");
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecretBearingResponsesUncompressed().doFilter(request, response, new MockFilterChain());
        return response.getHeader("Content-Encoding");
    }

    @Test
    void vaadinsInitResponseIsMarkedIdentity() throws Exception {
        assertThat(contentEncodingFor("GET", "v-r=init&location=board&query=project%3D3"))
                .isEqualTo("identity");
        assertThat(contentEncodingFor("GET", "location=board&v-r=init")).isEqualTo("identity");
    }

    @Test
    void uidlRoundTripsAndOtherRequestsAreLeftToTheServersCompression() throws Exception {
        assertThat(contentEncodingFor("POST", "v-r=uidl&v-uiId=2")).isNull();
        assertThat(contentEncodingFor("GET", "v-r=heartbeat&v-uiId=2")).isNull();
        assertThat(contentEncodingFor("GET", null)).isNull();
        assertThat(contentEncodingFor("GET", "xv-r=init")).isNull();
    }
}
