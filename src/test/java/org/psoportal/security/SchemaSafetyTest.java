package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.psoportal.shared.db.EmbeddedMariaDb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Schema safety: two portal instances migrating one empty database at the same moment end with one correct schema
 * (Liquibase's lock table makes the second wait, then find nothing to do), and running the changelog again is a
 * no-op. The empty database is a fresh one on the external server (PSO_DB_URL) or a second embedded server.
 */
@IntegrationTest
class SchemaSafetyTest {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    /** Where the empty database lives: a fresh database on the external server, or a second embedded server. */
    record Target(String url, String user, String password, Runnable cleanup) {}

    @Test
    void twoInstancesMigratingAnEmptyDatabaseAtOnceEndWithOneSchemaAndARerunIsANoOp() throws Exception {
        Target target = emptyDatabase();
        try {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                instances.add(pool.submit(() -> {
                    start.await();
                    try (Connection c = connect(target)) {
                        liquibase(c).update(new Contexts());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : instances) {
                f.get(3, TimeUnit.MINUTES); // neither instance fails
            }
            pool.shutdown();

            try (Connection c = connect(target)) {
                JdbcTemplate fresh = new JdbcTemplate(new SingleConnectionDataSource(c, true));
                int changeSets = fresh.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class);
                assertThat(changeSets).as("each change set applied exactly once").isEqualTo(fresh.queryForObject(
                        "SELECT COUNT(*) FROM (SELECT DISTINCT id, author, filename FROM DATABASECHANGELOG) x",
                        Integer.class));
                assertThat(changeSets).as("the same change sets as the portal's own database")
                        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class));
                assertThat(columns(fresh)).as("the same tables and columns as the portal's own database")
                        .isEqualTo(columns(jdbc));
                assertThat(fresh.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED",
                        Integer.class)).as("the migration lock is released").isZero();

                // Again: nothing left to run, and running it changes nothing.
                Liquibase again = liquibase(c);
                assertThat(again.listUnrunChangeSets(new Contexts(), new LabelExpression())).isEmpty();
                again.update(new Contexts());
                assertThat(fresh.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class))
                        .isEqualTo(changeSets);
            }
        } finally {
            target.cleanup().run();
        }
    }

    private Target emptyDatabase() {
        if (System.getenv("PSO_DB_URL") != null && !System.getenv("PSO_DB_URL").isBlank()) {
            // The external-database run must not start an embedded server: a fresh database on the same server.
            String db = "pso_schema_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            jdbc.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = dataSource.getJdbcUrl().replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + db);
            return new Target(url, dataSource.getUsername(), dataSource.getPassword(),
                    () -> jdbc.execute("DROP DATABASE IF EXISTS " + db));
        }
        // The portal's embedded user may not create databases (by design): start a second, throw-away server.
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-schema-test-" + System.nanoTime());
        EmbeddedMariaDb server = EmbeddedMariaDb.start(dir, true);
        return new Target(server.jdbcUrl(), EmbeddedMariaDb.USER, server.password(), () -> {
            server.stop();
            FileSystemUtils.deleteRecursively(dir.toFile());
        });
    }

    private static Connection connect(Target t) throws java.sql.SQLException {
        return DriverManager.getConnection(t.url(), t.user(), t.password());
    }

    private static List<String> columns(JdbcTemplate db) {
        return db.queryForList("SELECT CONCAT(table_name, '.', column_name, ' ', column_type) FROM"
                + " information_schema.columns WHERE table_schema = DATABASE() ORDER BY table_name, column_name",
                String.class);
    }

    private static Liquibase liquibase(Connection c) throws Exception {
        return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(),
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c)));
    }
}
