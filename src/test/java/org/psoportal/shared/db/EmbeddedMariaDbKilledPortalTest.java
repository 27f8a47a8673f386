package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Guarantee 8 (docs/security.md): after the portal's JVM was killed with {@code kill -9}, its {@code mariadbd} is
 * left running on the data directory (holding the port, the pid file and InnoDB's lock). Starting the portal again in
 * the same directory finds that leftover server, stops it (saying so in the log) and comes up with the data written
 * before the kill, instead of waiting three minutes and failing with "did not start".
 *
 * <p>While the first portal still runs, its server is no leftover: a second start on the directory is refused at once
 * with a message naming both processes.
 *
 * <p>The first portal is a child JVM ({@link PortalJvmStandIn}, same class path); only the JVM is killed
 * ({@link Process#destroyForcibly()}), and the test checks that its mariadbd really is orphaned and alive.
 */
class EmbeddedMariaDbKilledPortalTest {

    /** Before, the start waited 180 s for the leftover's lock and failed; clearing it takes seconds. */
    private static final Duration COMES_UP_WITHIN = Duration.ofSeconds(60);

    @Test
    void aServerLeftRunningByAKilledPortalIsStoppedAndTheDataIsThere() throws Exception {
        assumeTrue(System.getenv("PSO_DB_URL") == null, "embedded mode only");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-killed-portal-test-" + System.nanoTime());
        Path childLog = Path.of(System.getProperty("java.io.tmpdir"), dir.getFileName() + ".log");
        Process portal = null;
        EmbeddedMariaDb second = null;
        try {
            portal = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PortalJvmStandIn.class.getName(),
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(childLog.toFile())
                    .start();
            awaitReady(portal, childLog, Duration.ofSeconds(300));

            List<ProcessHandle> servers = MariaDbProcesses.of(dir);
            assertThat(servers).as("the child JVM's mariadbd").hasSize(1);
            ProcessHandle orphan = servers.get(0);
            assertThat(orphan.parent().map(ProcessHandle::pid))
                    .as("started by the child JVM")
                    .contains(portal.pid());

            // While its portal still runs, the server is not a leftover: a second portal on the directory is refused
            // at once (it used to wait three minutes for the lock) and the first one's server is left alone.
            long refusing = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by the MariaDB server (pid " + orphan.pid() + ")")
                    .hasMessageContaining("another running portal (pid " + portal.pid() + ")");
            assertThat(Duration.ofNanos(System.nanoTime() - refusing)).isLessThan(Duration.ofSeconds(10));
            assertThat(orphan.isAlive()).isTrue();

            portal.destroyForcibly(); // kill -9 of the JVM only
            assertThat(portal.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(1_000);
            assertThat(orphan.isAlive()).as("mariadbd outlives the killed JVM").isTrue();
            assertThat(MariaDbProcesses.of(dir)).containsExactly(orphan);

            try (ServerLog log = new ServerLog()) {
                long starting = System.nanoTime();
                second = EmbeddedMariaDb.start(dir);
                Duration took = Duration.ofNanos(System.nanoTime() - starting);
                System.out.printf(
                        "EmbeddedMariaDbKilledPortalTest: started again over the leftover server in %d ms%n",
                        took.toMillis());
                assertThat(took).isLessThan(COMES_UP_WITHIN);
                assertThat(log.lines())
                        .anySatisfy(line -> assertThat(line)
                                .startsWith("WARN")
                                .contains("leftover MariaDB server", "pid " + orphan.pid(), dir.toString()));
                assertThat(log.lines())
                        .anySatisfy(line -> assertThat(line)
                                .contains("Stopped the leftover MariaDB server", "pid " + orphan.pid()));
            }
            assertThat(orphan.isAlive()).as("the leftover server is gone").isFalse();
            assertThat(MariaDbProcesses.of(dir))
                    .as("one server on the directory: the new one")
                    .hasSize(1)
                    .doesNotContain(orphan);
            try (var c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedMariaDb.USER, second.password());
                    var s = c.createStatement();
                    var rs = s.executeQuery("SELECT v FROM survivor")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written before kill -9");
            }
        } finally {
            if (portal != null) {
                portal.destroyForcibly();
            }
            if (second != null) {
                second.stop();
            }
            MariaDbProcesses.killAll(dir);
            FileSystemUtils.deleteRecursively(dir);
            Files.deleteIfExists(childLog);
        }
    }

    static void awaitReady(Process portal, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (out.lines().anyMatch(l -> l.startsWith("READY "))) {
                return;
            }
            if (!portal.isAlive()) {
                throw new AssertionError("the child portal JVM ended before it was ready:\n" + tail(out));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the child portal JVM was not ready within " + timeout + ":\n"
                + tail(Files.readString(log, StandardCharsets.UTF_8)));
    }

    private static String tail(String out) {
        return out.length() > 4_000 ? out.substring(out.length() - 4_000) : out;
    }
}
