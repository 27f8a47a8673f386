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

/** Every response carries the security headers; unknown paths never show a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpHardeningIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.allValues("Set-Cookie"))
                .as("the session cookie is set")
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void staticResourcesCarryThemToo() throws Exception {
        var headers = get("/styles.css").headers();
        assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void unknownPathsAreNotServedAndShowNoStackTrace() throws Exception {
        for (String path : new String[] {"/no/such/page", "/../etc/passwd", "/actuator/env", "/WEB-INF/web.xml"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(302, 400, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "at java.");
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location"))
                        .get()
                        .asString()
                        .endsWith("/login");
            }
        }
    }
}
