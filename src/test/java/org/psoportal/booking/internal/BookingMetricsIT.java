package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.ServedPortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * A booking made and one refused through the real {@link BookingService}, as a staff member, show up in what
 * Prometheus scrapes from the management port: {@code pso_bookings_total} by outcome and rule, and the notification
 * the expert got ({@code pso_notifications_total}). docs/operations.md, "Metrics".
 */
@ServedPortalTest
class BookingMetricsIT {

    static final String STAFF = "staff@pso.example";
    static final String OTHER_STAFF = "oliver.bennett@pso.example";

    @Autowired
    BookingService bookings;

    @Autowired
    BookingFixture fixture;

    @LocalManagementPort
    int managementPort;

    @Test
    void aBookingMadeAndOneRefusedAreCountedByOutcomeAndRule() throws Exception {
        String made = "pso_bookings_total{application=\"pso-portal\",outcome=\"made\",rule=\"none\"}";
        String overlap = "pso_bookings_total{application=\"pso-portal\",outcome=\"refused\",rule=\"no_overlap\"}";
        String notified = "pso_notifications_total{application=\"pso-portal\",channel=\"in_portal\",outcome=\"sent\"}";
        String before = scrape();

        long expert = fixture.newExpert(0);
        Instant start = fixture.at(3, 10, 0);
        book(STAFF, expert, start);
        assertThatThrownBy(() -> book(OTHER_STAFF, expert, start)).isInstanceOf(BookingRefusedException.class);

        String after = scrape();
        assertThat(value(after, made) - value(before, made)).isEqualTo(1.0);
        assertThat(value(after, overlap) - value(before, overlap)).isEqualTo(1.0);
        assertThat(value(after, notified) - value(before, notified)).isGreaterThanOrEqualTo(1.0);
        System.out.println("BookingMetricsIT: scraped after the bookings:\n"
                + after.lines().filter(l -> l.startsWith("pso_")).reduce("", (a, b) -> a + b + "\n"));
    }

    private void book(String who, long expert, Instant start) {
        fixture.runAs(
                who,
                () -> bookings.book(new BookingRequest(
                        expert, fixture.activeProjectId(), start, start.plusSeconds(3600), "Metrics", null)));
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

    /** The sample's value, 0 when the series does not exist yet (counters appear with their first increment). */
    private static double value(String exposition, String series) {
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.0;
    }
}
