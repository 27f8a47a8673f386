package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;

/**
 * Guarantee 10 (docs/security.md): the changelog applies to an empty database, is a no-op when run again, and two
 * portal instances starting at the same moment against one empty database end with one correct schema.
 *
 * <p>Each "instance" is the portal's own migration ({@link SerialisedSpringLiquibase}, as the Spring context
 * builds it) on a data source of its own; no Spring context is started. The database is a throw-away embedded
 * server of this test (its portal user may drop and create its own database), or, in the CI run against an external
 * server ({@code PSO_DB_URL}), a scratch database {@code pso_schema_race_<pid>} on that server, dropped at the end.
 */
class SchemaMigrationRaceTest {

    private static final String CHANGELOG = "classpath:db/changelog/db.changelog-master.yaml";
    /** Unique per test JVM, so that parallel builds against one server do not meet. */
    private static final String EXTERNAL_SCRATCH =
            "pso_schema_race_" + ProcessHandle.current().pid();

    private static final int ROUNDS = 5;

    /** Real threads: the common pool may have a single worker on a two-core machine. */
    private static final ExecutorService twoInstances = Executors.newFixedThreadPool(2);

    private static EmbeddedMariaDb embedded;
    private static Path embeddedDir;
    private static String serverUrl;
    private static String database;
    private static String user;
    private static String password;

    @BeforeAll
    static void server() {
        String external = System.getenv("PSO_DB_URL");
        if (external != null && !external.isBlank()) {
            Matcher m =
                    Pattern.compile("^(jdbc:mariadb://[^/]+)/[^?]*(\\?.*)?$").matcher(external);
            assumeTrue(m.matches(), "PSO_DB_URL is not a plain jdbc:mariadb://host:port/db URL");
            serverUrl = m.group(1) + "/";
            database = EXTERNAL_SCRATCH;
            user = System.getenv("PSO_DB_USER");
            password = System.getenv().getOrDefault("PSO_DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + database);
                s.execute("DROP DATABASE " + database);
            } catch (SQLException e) {
                assumeTrue(false, "the external database user cannot create a scratch database: " + e.getMessage());
            }
        } else {
            embeddedDir = Path.of(System.getProperty("java.io.tmpdir"), "pso-schema-race-" + System.nanoTime());
            embedded = EmbeddedMariaDb.start(embeddedDir, true);
            serverUrl = "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/";
            database = EmbeddedMariaDb.DATABASE;
            user = EmbeddedMariaDb.USER;
            password = embedded.password();
        }
    }

    @AfterAll
    static void stopServer() throws SQLException {
        twoInstances.shutdownNow();
        if (embedded != null) {
            embedded.stop();
            FileSystemUtils.deleteRecursively(embeddedDir.toFile());
        } else if (serverUrl != null) {
            execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    @Test
    void twoInstancesMigratingOneEmptyDatabaseAtOnceEndWithOneCorrectSchema() throws Exception {
        // Reference: one instance alone on an empty database.
        emptyDatabase();
        migrate();
        List<String> referenceSchema = schema();
        int changesets = changelogRows();
        assertThat(changesets).as("changesets applied to an empty database").isPositive();
        assertThat(referenceSchema)
                .as("the changelog created the portal's tables")
                .anyMatch(c -> c.startsWith("admin_task.title "))
                .anyMatch(c -> c.startsWith("booking."));
        System.out.printf(
                "SchemaMigrationRaceTest: %d changesets, %d schema facts%n", changesets, referenceSchema.size());

        for (int round = 1; round <= ROUNDS; round++) {
            emptyDatabase();
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> instances = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                instances.add(CompletableFuture.runAsync(
                        () -> {
                            try {
                                together.await(30, TimeUnit.SECONDS);
                                migrate();
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        twoInstances));
            }
            for (CompletableFuture<Void> instance : instances) {
                // Either instance failing fails the test (get rethrows).
                instance.get(5, TimeUnit.MINUTES);
            }
            assertThat(changelogRows())
                    .as("round %d: each changeset applied exactly once", round)
                    .isEqualTo(changesets);
            assertThat(distinctChangelogEntries())
                    .as("round %d: no changeset recorded twice", round)
                    .isEqualTo(changesets);
            assertThat(schema())
                    .as("round %d: the same schema as a single run", round)
                    .containsExactlyElementsOf(referenceSchema);
        }

        // Running again is a no-op: nothing new recorded, schema unchanged.
        migrate();
        assertThat(changelogRows()).as("a second run applies nothing").isEqualTo(changesets);
        assertThat(schema()).containsExactlyElementsOf(referenceSchema);
    }

    /**
     * The lock is what makes the race safe: while another instance holds it, a starting instance touches nothing
     * (not even Liquibase's own tables) and goes on as soon as it is released.
     */
    @Test
    void anInstanceWaitsUntilTheOneMigratingIsDone() throws Exception {
        emptyDatabase();
        try (Connection other = DriverManager.getConnection(serverUrl + database, user, password)) {
            assertThat(lock(other, "GET_LOCK(?, 0)")).isEqualTo(1);
            CompletableFuture<Void> starting = CompletableFuture.runAsync(
                    () -> {
                        try {
                            migrate();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    twoInstances);
            Thread.sleep(2000);
            assertThat(starting).as("waits while the lock is held").isNotDone();
            assertThat(tables()).as("nothing created while waiting").isZero();

            assertThat(lock(other, "RELEASE_LOCK(?)")).isEqualTo(1);
            starting.get(5, TimeUnit.MINUTES);
        }
        assertThat(changelogRows()).isPositive();
    }

    /** The portal's migration as its Spring context sets it up, on a data source of its own. */
    private static void migrate() throws Exception {
        SerialisedSpringLiquibase liquibase = new SerialisedSpringLiquibase(Duration.ofSeconds(120));
        liquibase.setDataSource(new DriverManagerDataSource(serverUrl + database, user, password));
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
    }

    private static void emptyDatabase() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int lock(Connection c, String call) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + call)) {
            s.setString(1, SerialisedSpringLiquibase.LOCK_NAME);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int changelogRows() throws SQLException {
        return queryInt("SELECT COUNT(*) FROM DATABASECHANGELOG");
    }

    private static int distinctChangelogEntries() throws SQLException {
        return queryInt("SELECT COUNT(*) FROM (SELECT DISTINCT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG) d");
    }

    private static int tables() throws SQLException {
        return queryInt("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + database + "'");
    }

    private static int queryInt(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl + database, user, password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Tables, columns with their types, nullability and defaults, indexes and foreign keys, in a stable order. */
    private static List<String> schema() throws SQLException {
        List<String> facts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(serverUrl + database, user, password)) {
            collect(c, facts, """
                    SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE, ' ', IS_NULLABLE, ' ',
                        COALESCE(COLUMN_DEFAULT, '-'), ' #', ORDINAL_POSITION)
                    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""");
            collect(c, facts, """
                    SELECT CONCAT('index ', TABLE_NAME, '.', INDEX_NAME, ' ', SEQ_IN_INDEX, ' ', COLUMN_NAME,
                        ' unique=', 1 - NON_UNIQUE)
                    FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
                    ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX""");
            collect(c, facts, """
                    SELECT CONCAT('fk ', TABLE_NAME, '.', CONSTRAINT_NAME, ' ', COLUMN_NAME, ' -> ',
                        REFERENCED_TABLE_NAME, '.', REFERENCED_COLUMN_NAME)
                    FROM information_schema.KEY_COLUMN_USAGE
                    WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
                    ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION""");
        }
        return facts;
    }

    private static void collect(Connection c, List<String> facts, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, database);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    facts.add(rs.getString(1));
                }
            }
        }
    }
}
