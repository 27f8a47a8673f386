package org.psoportal.demo.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityContexts;
import org.psoportal.shared.db.EmbeddedDatabaseConfiguration;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.psoportal.shared.demo.LargeDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with a realistic demo organisation. By default ({@code PSO_DEMO_DATA=auto}) only the
 * embedded database gets it; {@code true} also fills an empty external database; {@code false} never. A database
 * that already holds people is never touched. {@code large} loads the large generated organisation instead
 * (docs/performance.md), into an empty embedded or external database.
 */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean embedded;
    private final String mode;
    private final ObjectProvider<LargeDemoData> large;

    DemoDataRunner(
            List<DemoDataContributor> contributors,
            JdbcTemplate jdbc,
            Clock clock,
            ObjectProvider<EmbeddedDatabaseConfiguration.Lease> embeddedDb,
            @Value("${pso.demo-data:auto}") String mode,
            ObjectProvider<LargeDemoData> large) {
        this.large = large;
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.clock = clock;
        this.embedded = embeddedDb.getIfAvailable() != null;
        this.mode = mode.trim().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!wanted()) {
            return;
        }
        Integer people = jdbc.queryForObject("SELECT COUNT(*) FROM person", Integer.class);
        if (people != null && people > 0) {
            log.info("Database already holds data: no demo data loaded");
            return;
        }
        log.info("Loading demo data into the empty database");
        // Demo contributors go through the features' secured services, as the head of the PSO would.
        var loader = UsernamePasswordAuthenticationToken.authenticated(
                "demo-loader", null, List.of(new SimpleGrantedAuthority(Role.HEAD.authority())));
        DemoContext demo = new DemoContext(new Random(20261125L), clock);
        if ("large".equals(mode)) {
            SecurityContexts.runAs(loader, () -> large.getObject().load(demo));
            return;
        }
        SecurityContexts.runAs(
                loader,
                () -> contributors.stream()
                        .sorted(Comparator.comparingInt(DemoDataContributor::order))
                        .forEach(c -> c.load(demo)));
        log.info("Demo data loaded; sign in with one of the demo accounts listed in the README");
    }

    private boolean wanted() {
        return switch (mode) {
            case "true", "yes", "on", "large" -> true;
            case "false", "no", "off" -> false;
            default -> embedded;
        };
    }
}
