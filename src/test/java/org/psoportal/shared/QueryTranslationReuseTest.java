package org.psoportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.QueryStatistics;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The main views of each role run only queries whose translation to SQL Hibernate keeps. Hibernate translates a
 * JPQL query once and reuses the translation, except when a parameter is bound to a list ({@code in :ids}): then
 * it translates the query again on every execution (its plan cache skips such queries). Under the realistic load
 * that translation was 16 % of the portal's CPU (docs/performance.md), so the hot paths bind no lists: ids go
 * through plain SQL or a fixed JPQL literal instead.
 *
 * <p>Hibernate's statistics count, per query string, the executions and the plan cache's hits and misses; an
 * execution that is neither a hit nor a miss was translated afresh (criteria queries without the criteria plan
 * cache). A query with a list parameter is found in the plan cache but its SQL is still built again for every
 * execution (measured: a seven-id lookup cost twice a one-id one), so such queries count as translated on every
 * execution. Each test opens its role's views once (so every cacheable translation is made), then again with
 * statistics on.
 */
class QueryTranslationReuseTest extends BrowserlessViewTest {

    /** {@code in :ids}, {@code in (:ids)}: a parameter that may be bound to a list. */
    private static final Pattern LIST_PARAMETER = Pattern.compile("(?i)\\bin\\s*\\(?\\s*:\\w+\\s*\\)?(?!\\s*,)");

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffViewsReuseEveryTranslation() {
        long expert = demoExpertId();
        assertEveryTranslationReused(() -> {
            open("overview", Map.of());
            open("experts", Map.of());
            open("experts/" + expert, Map.of());
            open("board", Map.of("mine", "true"));
            open("my-bookings", Map.of());
            open("requests", Map.of());
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void administratorViewsReuseEveryTranslation() {
        assertEveryTranslationReused(() -> {
            open("board", Map.of("mine", "true"));
            open("board", Map.of());
            open("overview", Map.of());
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.EXPERT)
    void expertViewsReuseEveryTranslation() {
        long expert = demoExpertId();
        assertEveryTranslationReused(() -> {
            open("schedule", Map.of());
            open("experts/" + expert, Map.of());
        });
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void headViewsReuseEveryTranslation() {
        assertEveryTranslationReused(() -> {
            open("dashboard", Map.of());
            open("audit", Map.of());
            open("board", Map.of());
        });
    }

    private void assertEveryTranslationReused(Runnable views) {
        views.run();
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        try {
            views.run();
        } finally {
            stats.setStatisticsEnabled(false);
        }
        assertThat(emf.unwrap(SessionFactoryImplementor.class)
                        .getSessionFactoryOptions()
                        .isCriteriaPlanCacheEnabled())
                .as("Spring Data's findAll and findAllById are criteria queries: their translations are kept")
                .isTrue();
        Map<String, Long> translatedAgain = new TreeMap<>();
        for (String query : stats.getQueries()) {
            if (query.startsWith("[CRITERIA]")) {
                // the plan cache counts criteria queries under no name: checked by the setting above
                continue;
            }
            QueryStatistics q = stats.getQueryStatistics(query);
            long fresh = LIST_PARAMETER.matcher(query).find()
                    ? q.getExecutionCount()
                    : q.getExecutionCount() - q.getPlanCacheHitCount() - q.getPlanCacheMissCount();
            if (fresh > 0) {
                translatedAgain.put(query.replaceAll("\\s+", " ").strip(), fresh);
            }
        }
        translatedAgain.forEach((q, n) -> System.out.println("translated again " + n + "x: " + q));
        assertThat(stats.getQueryExecutionCount()).as("the views ran queries").isPositive();
        assertThat(translatedAgain).as("queries translated on every execution").isEmpty();
    }

    private void open(String route, Map<String, String> parameters) {
        UI.getCurrent().navigate(route, QueryParameters.simple(parameters));
        roundTrip();
    }

    private long demoExpertId() {
        return jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.EXPERT);
    }
}
