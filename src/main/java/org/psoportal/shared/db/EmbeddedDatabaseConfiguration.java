package org.psoportal.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the embedded MariaDB when no external database is configured ({@code PSO_DB_URL} or
 * {@code spring.datasource.url} empty) and points the data source at it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedDatabaseConfiguration {

    /** Tests build several Spring contexts in one JVM; they share one server per data directory. */
    private static final Map<Path, Lease> RUNNING = new HashMap<>();

    /** Tests ask for a throw-away database ({@code pso.db.ephemeral=true}): one fresh directory per JVM. */
    private static final Path EPHEMERAL_DIR = Path.of(
            System.getProperty("java.io.tmpdir"),
            "pso-portal-test-db-" + ProcessHandle.current().pid() + "-" + System.nanoTime());

    @Bean(destroyMethod = "close")
    Lease embeddedMariaDb(
            @Value("${pso.db.data-dir:./data}") String dataDir, @Value("${pso.db.ephemeral:false}") boolean ephemeral) {
        Path dir = ephemeral ? EPHEMERAL_DIR : Path.of(dataDir).toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Lease lease = RUNNING.computeIfAbsent(dir, d -> new Lease(EmbeddedMariaDb.start(d, ephemeral), ephemeral));
            lease.users++;
            return lease;
        }
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(Lease embeddedMariaDb) {
        EmbeddedMariaDb db = embeddedMariaDb.db;
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(db.jdbcUrl())
                .username(EmbeddedMariaDb.USER)
                .password(db.password())
                .build();
    }

    /** A reference-counted handle: the server stops when the last context using it closes. */
    public static final class Lease implements AutoCloseable {
        private final EmbeddedMariaDb db;
        private final boolean ephemeral;
        private int users;

        Lease(EmbeddedMariaDb db, boolean ephemeral) {
            this.db = db;
            this.ephemeral = ephemeral;
        }

        public EmbeddedMariaDb db() {
            return db;
        }

        @Override
        public void close() {
            synchronized (RUNNING) {
                if (--users == 0) {
                    RUNNING.remove(db.directory());
                    db.stop();
                    if (ephemeral) {
                        FileSystemUtils.deleteRecursively(db.directory().toFile());
                    }
                }
            }
        }
    }
}
