package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Behind a reverse proxy that terminates TLS (docs/operations.md, "TLS behind a proxy"): with
 * {@code PSO_FORWARD_HEADERS=native} a request the proxy forwards with {@code X-Forwarded-Proto: https} gets a
 * {@code Secure} session cookie and HSTS, as over TLS to Tomcat itself ({@code SecureCookieIT}); a request without the
 * header is plain HTTP and gets neither. The proxy here is this test on 127.0.0.1, a trusted (internal) address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "PSO_FORWARD_HEADERS=native")
@ActiveProfiles("test")
class ForwardedTlsIT {

    @LocalServerPort
    int port;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aRequestTheProxyForwardsAsHttpsGetsASecureCookieAndHsts() throws Exception {
        HttpResponse<String> viaTls = login("https");
        assertThat(sessionCookie(viaTls))
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(viaTls.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = login(null);
        assertThat(sessionCookie(plain)).doesNotContainIgnoringCase("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> login(String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
