package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.ServedPortalTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContext;

/**
 * The probes' answers in each failure case (docs/operations.md, "Health probes"): the database down makes the
 * instance unready (503) but not dead (liveness 200), and it is ready again by itself when the database is back;
 * an instance refusing traffic (shutting down) is unready; a broken one is not live; a schema behind this build's
 * changelog is not ready.
 */
@ServedPortalTest
class ReadinessProbeIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalManagementPort
    int managementPort;

    @Autowired
    ObjectProvider<EmbeddedDatabaseConfiguration.Lease> embedded;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Test
    void withTheDatabaseDownTheInstanceIsUnreadyButAliveAndRecoversByItself() throws Exception {
        EmbeddedDatabaseConfiguration.Lease lease = embedded.getIfAvailable();
        assumeTrue(lease != null && System.getenv("PSO_DB_URL") == null, "needs the embedded database to stop it");
        EmbeddedMariaDb db = lease.db();
        assertThat(probe("readiness").statusCode()).isEqualTo(200);

        long stopped;
        db.stop();
        try {
            stopped = System.nanoTime();
            HttpResponse<String> unready = await("readiness", r -> r.statusCode() == 503, Duration.ofSeconds(15));
            System.out.printf(
                    "ReadinessProbeIT: readiness answered 503 %d ms after the database stopped%n",
                    Duration.ofNanos(System.nanoTime() - stopped).toMillis());
            assertThat(unready.body()).contains("\"db\":{\"status\":\"DOWN\"}", "\"status\":\"DOWN\"");
            HttpResponse<String> alive = probe("liveness");
            assertThat(alive.statusCode())
                    .as("a database outage is no reason to restart the portal")
                    .isEqualTo(200);
            assertThat(alive.body()).contains("\"status\":\"UP\"");
        } finally {
            db.startAgain();
        }
        long back = System.nanoTime();
        await("readiness", r -> r.statusCode() == 200, Duration.ofSeconds(30));
        System.out.printf(
                "ReadinessProbeIT: ready again %d ms after the database was back%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
    }

    @Test
    void anInstanceRefusingTrafficIsUnreadyAndABrokenOneIsNotLive() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            assertThat(probe("readiness").statusCode()).isEqualTo(503);
            assertThat(probe("liveness").statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            assertThat(probe("liveness").statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(probe("readiness").statusCode()).isEqualTo(200);
        assertThat(probe("liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void aSchemaBehindThisBuildsChangelogIsNotReady() {
        SerialisedSpringLiquibase newerBuild = new SerialisedSpringLiquibase(Duration.ofSeconds(5));
        newerBuild.setDataSource(dataSource);
        newerBuild.setResourceLoader(context);
        newerBuild.setChangeLog("classpath:db/schema-ahead-changelog.yaml");

        Health behind = new SchemaHealthIndicator(newerBuild).health();

        assertThat(behind.getStatus()).isEqualTo(Status.DOWN);
        assertThat(behind.getDetails()).containsEntry("unrunChangeSets", 1);
    }

    private HttpResponse<String> probe(String which) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/" + which))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> await(String which, Predicate<HttpResponse<String>> wanted, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = probe(which);
        while (!wanted.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = probe(which);
        }
        assertThat(wanted.test(last))
                .as("%s within %s; last answer %d %s", which, within, last.statusCode(), last.body())
                .isTrue();
        return last;
    }
}
