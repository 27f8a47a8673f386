package org.psoportal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.ServedPortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * deploy/grafana/pso-portal-dashboard.json asks only for metrics the portal exposes: after a sign-in over HTTP, a
 * booking, a board move, and a garbage collection, every metric name in the dashboard's queries is in a real scrape of the
 * management port (a renamed meter would otherwise leave an empty panel that nobody notices).
 */
@ServedPortalTest
class GrafanaDashboardIT {

    private static final Path DASHBOARD = Path.of("deploy/grafana/pso-portal-dashboard.json");
    /** Series Prometheus itself makes (not scraped from the portal). */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    @LocalManagementPort
    int managementPort;

    @LocalServerPort
    int port;

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    BoardService board;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardFixture boardFixture;

    @Test
    void everyMetricTheDashboardAsksForIsScraped() throws Exception {
        System.gc(); // GC pauses are recorded from the first collection on
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=staff%40pso.example&password=demo1234"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        long expert = bookingFixture.newExpert(0);
        Instant start = bookingFixture.at(5, 9, 0);
        bookingFixture.runAs(
                DemoAccounts.STAFF,
                () -> bookings.book(new BookingRequest(
                        expert, bookingFixture.activeProjectId(), start, start.plusSeconds(1800), "Grafana", null)));
        long project = boardFixture.newProject();
        long task = boardFixture.as(
                DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, "Moved for the metric")));
        boardFixture.asRun(
                DemoAccounts.ADMINISTRATOR,
                () -> board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true));

        Set<String> asked = metricNamesIn(JsonMapper.builder().build().readTree(Files.readString(DASHBOARD)));
        assertThat(asked).contains("pso_bookings_total", "pso_board_moves_total", "pso_scheduler_runs_total");
        Set<String> scraped = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(scrape());
        while (sample.find()) {
            scraped.add(sample.group(1));
        }
        asked.removeAll(PROMETHEUS_OWN);
        assertThat(scraped).as("metrics scraped from the portal").containsAll(asked);
    }

    /** Metric names in every panel's PromQL: identifiers followed by a selector or a range. */
    private static Set<String> metricNamesIn(JsonNode dashboard) {
        Set<String> names = new TreeSet<>();
        Pattern metric = Pattern.compile("([a-z_][a-z0-9_]*)\\{");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher m = metric.matcher(target.path("expr").asString());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private String scrape() throws Exception {
        String credential = Base64.getEncoder()
                .encodeToString((ServedPortalTest.SCRAPE_USER + ":" + ServedPortalTest.SCRAPE_PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus"))
                                .header("Authorization", "Basic " + credential)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
