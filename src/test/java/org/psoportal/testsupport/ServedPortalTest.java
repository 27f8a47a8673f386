package org.psoportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The portal served over HTTP on a random port, with Actuator's management server on a random port of its own
 * (bound to 127.0.0.1 as in production) and a known Prometheus scrape credential (application-test.properties).
 * The same Spring context as {@link BrowserTest}'s, so such tests are *IT tests that failsafe runs with the browser
 * tests: a second web context in one JVM would leave the first one's method security reading another security
 * context holder than the one tests sign in with.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface ServedPortalTest {
    /** pso.metrics.user and pso.metrics.password of the test profile. */
    String SCRAPE_USER = "prometheus";

    String SCRAPE_PASSWORD = "scrape-secret-for-tests";
}
