package org.psoportal.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A service or query test against a real MariaDB: the embedded one (fresh per test JVM), or the external server
 * when {@code PSO_DB_URL} is set. All such tests share one Spring context, so the database starts once.
 * The demo organisation is loaded; tests create their own rows for exact expectations.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
public @interface IntegrationTest {}
