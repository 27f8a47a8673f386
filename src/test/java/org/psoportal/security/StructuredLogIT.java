package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoportal.load.PortalJar;
import org.psoportal.testsupport.DemoAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar with {@code PSO_LOG_FORMAT=json} (docs/operations.md, "Logs"): every line is one JSON object
 * (Elastic Common Schema); a line written while a signed-in person's request is served carries {@code person.id}
 * and {@code request.id} (the proxy's X-Request-Id); no line carries an e-mail address. The same jar answers its
 * probes and shows its version and commit on the management port.
 */
class StructuredLogIT {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final String REQUEST_ID = "trace-4711-from-the-proxy";

    @Test
    void jsonLinesCarryThePersonAndTheRequestAndNoEmailAddress() throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
        try (PortalJar portal =
                PortalJar.start(jar, "true", List.of("-Xmx512m", "-DPSO_LOG_FORMAT=json"), Duration.ofMinutes(5))) {
            HttpClient browser = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            get(browser, portal.baseUrl() + "/login");
            HttpResponse<String> signIn = browser.send(
                    HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username="
                                    + URLEncoder.encode(DemoAccounts.STAFF, StandardCharsets.UTF_8)
                                    + "&password=demo1234"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));

            // Another person's booking: refused, and the refusal is logged (WARN) while this request is served.
            boolean refused = false;
            for (int id = 1; id <= 40 && !refused; id++) {
                HttpResponse<String> ics = browser.send(
                        HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/calendar/booking/" + id + ".ics"))
                                .header("X-Request-Id", REQUEST_ID)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(ics.headers().firstValue("X-Request-Id")).contains(REQUEST_ID);
                refused = ics.statusCode() == 403;
            }
            assertThat(refused)
                    .as("some demo booking is not the staff member's")
                    .isTrue();

            HttpResponse<String> readiness =
                    get(HttpClient.newHttpClient(), portal.managementUrl() + "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            HttpResponse<String> info = get(HttpClient.newHttpClient(), portal.managementUrl() + "/actuator/info");
            assertThat(info.body()).contains("\"version\":\"1.0.0-SNAPSHOT\"", "\"commit\"");

            Thread.sleep(500); // the log is written by the jar's process
            JsonMapper json = JsonMapper.builder().build();
            List<String> lines =
                    portal.logText().lines().filter(l -> !l.isBlank()).toList();
            assertThat(lines).hasSizeGreaterThan(10);
            JsonNode refusal = null;
            for (String line : lines) {
                JsonNode node = json.readTree(line); // fails on any line that is not JSON
                assertThat(node.path("@timestamp").isMissingNode()).as(line).isFalse();
                assertThat(EMAIL.matcher(line).find())
                        .as("an e-mail address in %s", line)
                        .isFalse();
                if (node.path("message").asString("").startsWith("Access refused")) {
                    refusal = node;
                }
            }
            assertThat(refusal).as("the refusal's line").isNotNull();
            System.out.println("StructuredLogIT: " + refusal);
            assertThat(refusal.path("log").path("level").asString()).isEqualTo("WARN");
            assertThat(refusal.path("request").path("id").asString()).isEqualTo(REQUEST_ID);
            assertThat(refusal.path("person").path("id").asString()).matches("\\d+");
            assertThat(refusal.path("message").asString())
                    .contains("person " + refusal.path("person").path("id").asString());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
