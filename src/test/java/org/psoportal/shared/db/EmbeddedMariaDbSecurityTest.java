package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded server is not an open door: authentication on, loopback only, a private password file. */
@IntegrationTest
class EmbeddedMariaDbSecurityTest {

    @Autowired
    ObjectProvider<EmbeddedDatabaseConfiguration.Lease> embedded;

    @Autowired
    JdbcTemplate jdbc;

    private EmbeddedMariaDb db() {
        EmbeddedDatabaseConfiguration.Lease lease = embedded.getIfAvailable();
        assumeTrue(lease != null, "runs only against the embedded database");
        return lease.db();
    }

    @Test
    void refusesSignInWithoutTheGeneratedPassword() {
        EmbeddedMariaDb db = db();
        String url = "jdbc:mariadb://127.0.0.1:" + db.port() + "/";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url + EmbeddedMariaDb.DATABASE, EmbeddedMariaDb.USER, "wrong")
                                .close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void listensOnLoopbackOnlyAndIsMariaDb114() {
        db();
        assertThat(jdbc.queryForObject("SELECT @@bind_address", String.class)).isEqualTo("127.0.0.1");
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).startsWith("11.4");
    }

    @Test
    void keepsThePasswordReadableByTheOwnerOnly() throws Exception {
        EmbeddedMariaDb db = db();
        var file = db.directory().resolve("db-password");
        assertThat(Files.readString(file).trim()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(Files.exists(db.directory().resolve("tmp").resolve("init.sql")))
                .isFalse();
    }
}
