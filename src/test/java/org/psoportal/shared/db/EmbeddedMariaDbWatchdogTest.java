package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Guarantee 8 (docs/security.md): when the embedded {@code mariadbd} dies while the portal runs ({@code kill -9} of
 * the server process), the portal notices at once, says so in the log, starts it again on the same port and data,
 * and a query through a pool configured like the portal's ({@code application.properties}) works again within 15 s
 * of the kill without any help; a server
 * stopped on purpose ({@link EmbeddedMariaDb#stop()}, as when the Spring context closes) is not started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedMariaDbWatchdogTest {

    /** The watchdog reacts to the process ending, not to a polling interval. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(5);
    /** From the kill: crash recovery, a start of mariadbd and the pool's reconnection included. */
    private static final Duration WORKS_AGAIN_WITHIN = Duration.ofSeconds(15);

    private static Path dir;
    private static EmbeddedMariaDb db;
    private static HikariDataSource pool;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        assumeTrue(System.getenv("PSO_DB_URL") == null, "embedded mode only");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-watchdog-test-" + System.nanoTime());
        db = EmbeddedMariaDb.start(dir, true);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(EmbeddedMariaDb.USER);
        config.setPassword(db.password());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2000);
        config.setValidationTimeout(1000);
        config.addDataSourceProperty("connectTimeout", "2000");
        config.addDataSourceProperty("socketTimeout", "60000");
        pool = new HikariDataSource(config);
        jdbc = new JdbcTemplate(pool);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
        if (db != null) {
            db.stop();
        }
        if (dir != null) {
            MariaDbProcesses.killAll(dir);
            FileSystemUtils.deleteRecursively(dir.toFile());
        }
    }

    @Test
    @Order(1)
    void aServerKilledWhileThePortalRunsIsRestartedAndThePoolHeals() throws Exception {
        jdbc.execute("CREATE TABLE survivor (v VARCHAR(40))");
        jdbc.update("INSERT INTO survivor VALUES ('written before the crash')");
        assertThat(db.health().state()).isEqualTo(EmbeddedDatabaseHealth.State.RUNNING);
        List<ProcessHandle> servers = MariaDbProcesses.of(dir);
        assertThat(servers).hasSize(1);
        ProcessHandle killed = servers.get(0);
        assertThat(db.health().pid()).isEqualTo(killed.pid());

        try (ServerLog log = new ServerLog()) {
            long kill = System.nanoTime();
            killed.destroyForcibly(); // kill -9 of mariadbd
            killed.onExit().join();

            await(
                    () -> log.lines().stream()
                            .anyMatch(l -> l.startsWith("WARN")
                                    && l.contains("stopped unexpectedly")
                                    && l.contains("pid " + killed.pid())),
                    NOTICED_WITHIN,
                    "the watchdog logs the crash");
            Duration noticed = Duration.ofNanos(System.nanoTime() - kill);
            assertThat(db.health().state())
                    .isIn(EmbeddedDatabaseHealth.State.RESTARTING, EmbeddedDatabaseHealth.State.RUNNING);
            assertThat(db.health().unexpectedStops()).isOne();

            await(() -> db.isRunning(), WORKS_AGAIN_WITHIN.multipliedBy(4), "the server runs again");
            long ready = System.nanoTime();
            Duration healed = null;
            while (healed == null
                    && System.nanoTime() - kill
                            < WORKS_AGAIN_WITHIN.multipliedBy(4).toNanos()) {
                try {
                    assertThat(jdbc.queryForObject("SELECT v FROM survivor", String.class))
                            .isEqualTo("written before the crash");
                    healed = Duration.ofNanos(System.nanoTime() - kill);
                } catch (org.springframework.dao.DataAccessException e) {
                    Thread.sleep(100);
                }
            }
            System.out.printf(
                    "EmbeddedMariaDbWatchdogTest: crash logged %d ms after the kill, server back after"
                            + " %d ms, first query through the pool after %d ms%n",
                    noticed.toMillis(),
                    Duration.ofNanos(ready - kill).toMillis(),
                    healed == null ? -1 : healed.toMillis());
            assertThat(healed)
                    .as("a query through the pool works again, by itself")
                    .isNotNull()
                    .isLessThan(WORKS_AGAIN_WITHIN);
            assertThat(log.lines())
                    .anySatisfy(l -> assertThat(l)
                            .startsWith("INFO")
                            .contains("Embedded MariaDB restarted on 127.0.0.1:" + db.port()));
        }
        assertThat(MariaDbProcesses.of(dir)).hasSize(1).doesNotContain(killed);
        assertThat(db.health().pid()).isEqualTo(MariaDbProcesses.of(dir).get(0).pid());
        jdbc.update("INSERT INTO survivor VALUES ('written after the restart')");
    }

    @Test
    @Order(2)
    void aServerStoppedOnPurposeStaysStopped() throws Exception {
        try (ServerLog log = new ServerLog()) {
            db.stop();
            assertThat(db.health().state()).isEqualTo(EmbeddedDatabaseHealth.State.STOPPED);
            assertThat(db.isRunning()).isFalse();
            Thread.sleep(3_000);
            assertThat(MariaDbProcesses.of(dir)).as("nothing started it again").isEmpty();
            assertThat(db.health().state()).isEqualTo(EmbeddedDatabaseHealth.State.STOPPED);
            assertThat(log.lines()).noneMatch(l -> l.contains("stopped unexpectedly") || l.contains("restarted"));
        }
        // ... and startAgain() (the outage test's way back) brings it back, watched again.
        db.startAgain();
        assertThat(db.isRunning()).isTrue();
        assertThat(db.health().pid()).isEqualTo(MariaDbProcesses.of(dir).get(0).pid());
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " within " + timeout);
            }
            Thread.sleep(50);
        }
    }
}
