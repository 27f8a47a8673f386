package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.ServedPortalTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Actuator on the management port (docs/operations.md, "Health probes" and "Metrics"): probes and info are open
 * there, the Prometheus endpoint needs the scrape credential, everything else is refused; nothing of Actuator is
 * served on the portal's port; with the default address the management port cannot be reached from another host.
 */
@ServedPortalTest
class ManagementPortIT {

    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(); // follows no redirects

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void theProbesAndInfoAnswerWithoutCredentials() throws Exception {
        HttpResponse<String> liveness = get(management("/actuator/health/liveness"), null);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> readiness = get(management("/actuator/health/readiness"), null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        // ready means: accepting traffic, the database answers, the schema is migrated
        assertThat(readiness.body())
                .contains("\"readinessState\":{\"status\":\"UP\"}")
                .contains("\"db\":{\"status\":\"UP\"}")
                .contains("\"schema\":{\"status\":\"UP\"}");

        HttpResponse<String> info = get(management("/actuator/info"), null);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"version\":\"1.0.0-SNAPSHOT\"", "\"artifact\":\"pso-portal\"");
        Assumptions.assumeTrue(
                getClass().getResource("/git.properties") != null,
                "built without a .git directory: no commit to show (the build still works)");
        assertThat(info.body()).containsPattern("\"commit\":\\{\"id\":\"[0-9a-f]{7}\"");
    }

    @Test
    void thePrometheusEndpointNeedsTheScrapeCredential() throws Exception {
        HttpResponse<String> anonymous = get(management("/actuator/prometheus"), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).doesNotContain("jvm_");

        assertThat(get(management("/actuator/prometheus"), basic(ServedPortalTest.SCRAPE_USER, "wrong"))
                        .statusCode())
                .isEqualTo(401);
        // a person's portal account is no scrape credential
        assertThat(get(management("/actuator/prometheus"), basic("head@pso.example", "demo1234"))
                        .statusCode())
                .isEqualTo(401);

        HttpResponse<String> scraped = get(management("/actuator/prometheus"), scrapeCredential());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                .contains("jvm_memory_used_bytes", "hikaricp_connections_active", "pso_sessions_open")
                .contains("pso_ui_open", "pso_boards_open", "pso_bells_open", "pso_board_push_pending");
        assertThat(scraped.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
    }

    @Test
    void everyOtherActuatorEndpointIsRefusedEvenWithTheScrapeCredential() throws Exception {
        for (String path : List.of(
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/heapdump",
                "/actuator/loggers",
                "/actuator/threaddump",
                "/actuator/metrics",
                "/anything-else")) {
            HttpResponse<String> anonymous = get(management(path), null);
            assertThat(anonymous.statusCode()).as("%s without credential", path).isEqualTo(401);
            HttpResponse<String> scraper = get(management(path), scrapeCredential());
            assertThat(scraper.statusCode())
                    .as("%s with the scrape credential", path)
                    .isIn(403, 404);
            assertThat(scraper.body()).as(path).doesNotContain("propertySources", "beans", "threads");
        }
    }

    @Test
    void nothingOfActuatorIsServedOnThePortalsPort() throws Exception {
        for (String path : List.of(
                "/actuator/health",
                "/actuator/health/readiness",
                "/actuator/info",
                "/actuator/prometheus",
                "/actuator/env",
                "/actuator")) {
            for (String credential : new String[] {null, scrapeCredential()}) {
                HttpResponse<String> response = get(portal(path), credential);
                assertThat(response.statusCode())
                        .as("%s on the portal's port", path)
                        .isIn(302, 401, 403, 404);
                if (response.statusCode() == 302) {
                    assertThat(response.headers().firstValue("Location"))
                            .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
                }
                assertThat(response.body()).as(path).doesNotContain("\"status\"", "jvm_", "\"build\"");
            }
        }
    }

    @Test
    void theManagementPortRefusesConnectionsToTheMachinesOtherAddresses() throws Exception {
        InetAddress other = nonLoopbackAddress();
        Assumptions.assumeTrue(
                other != null,
                "this machine has no network address besides loopback, so there is no other address to try");
        // the control: the portal's own port is reachable on that address, so a refusal is the binding's doing
        try (Socket reachable = new Socket()) {
            reachable.connect(new InetSocketAddress(other, port), 5_000);
        }
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(other, managementPort), 5_000);
                    }
                })
                .as("management port %d on %s", managementPort, other)
                .isInstanceOf(ConnectException.class);
        // and it does answer on 127.0.0.1
        assertThat(get(management("/actuator/health/liveness"), null).statusCode())
                .isEqualTo(200);
    }

    /** An address of one of this machine's interfaces that is up and not loopback (IPv4 first), or null. */
    static InetAddress nonLoopbackAddress() throws SocketException {
        InetAddress v6 = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
                    continue;
                }
                if (!(address instanceof Inet6Address)) {
                    return address;
                }
                v6 = v6 == null ? address : v6;
            }
        }
        return v6;
    }

    URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    URI portal(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String scrapeCredential() {
        return basic(ServedPortalTest.SCRAPE_USER, ServedPortalTest.SCRAPE_PASSWORD);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
