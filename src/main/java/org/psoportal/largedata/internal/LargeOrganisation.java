package org.psoportal.largedata.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.LargeDemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code PSO_DEMO_DATA=large}: the generated organisation of {@link LargeDataSize#LARGE} (or, with
 * {@code pso.large-data.size=tiny}, the benchmark smoke run's {@link LargeDataSize#TINY}), see docs/performance.md.
 */
@Component
class LargeOrganisation implements LargeDemoData {

    private static final Logger log = LoggerFactory.getLogger(LargeOrganisation.class);

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final ZoneId zone;
    private final LargeDataSize size;
    private volatile LargeDataGenerator.Result last;

    LargeOrganisation(
            DataSource dataSource,
            PasswordEncoder passwordEncoder,
            ZoneId zone,
            @Value("${pso.large-data.size:large}") String size) {
        this.dataSource = dataSource;
        this.size = LargeDataSize.named(size);
        this.passwordEncoder = passwordEncoder;
        this.zone = zone;
    }

    /** What the last load wrote and how long it took (null before any). */
    LargeDataGenerator.Result lastResult() {
        return last;
    }

    /** The size this organisation is generated with. */
    LargeDataSize size() {
        return size;
    }

    @Override
    public void load(DemoContext context) {
        log.info("Generating the large organisation {} (takes a few minutes)", size);
        var generator = new LargeDataGenerator(
                size,
                passwordEncoder.encode(DemoContext.PASSWORD),
                context.clock().instant(),
                zone);
        try (Connection c = dataSource.getConnection()) {
            var result = generator.generate(c);
            last = result;
            log.info(
                    "Large organisation generated: {} rows in {} s {}",
                    result.total(),
                    result.took().toMillis() / 1000.0,
                    result.rows());
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the large organisation failed", e);
        }
    }
}
