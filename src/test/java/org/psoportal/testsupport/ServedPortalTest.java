package org.psoportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal served over HTTP on a random port, with Actuator's management server on a random port of its own
 * (bound to 127.0.0.1 as in production) and a known Prometheus scrape credential; the scheduler's first run comes
 * one second after start. Tests with this annotation share
 * one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.server.port=0",
            "pso.metrics.user=" + ServedPortalTest.SCRAPE_USER,
            "pso.metrics.password=" + ServedPortalTest.SCRAPE_PASSWORD,
            // the recurring-templates scheduler runs once right after start, so its meter exists
            "pso.templates.initial-delay=PT1S"
        })
@ActiveProfiles("test")
public @interface ServedPortalTest {
    String SCRAPE_USER = "prometheus";
    String SCRAPE_PASSWORD = "scrape-secret-for-tests";
}
