package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The backup command connects where the portal's JDBC URL points, the way the driver would (TLS included). */
class DatabaseAddressTest {

    @Test
    void readsHostPortDatabaseAndTlsFromTheJdbcUrl() {
        DatabaseAddress a = DatabaseAddress.fromJdbcUrl(
                "jdbc:mariadb://db.example.internal:3307/pso?sslMode=verify-full&connectTimeout=2000", "pso", "s3");
        assertThat(a.host()).isEqualTo("db.example.internal");
        assertThat(a.port()).isEqualTo(3307);
        assertThat(a.database()).isEqualTo("pso");
        assertThat(a.tls()).isEqualTo(DatabaseAddress.Tls.VERIFY);
        assertThat(a.toString()).doesNotContain("s3");

        DatabaseAddress plain = DatabaseAddress.fromJdbcUrl("jdbc:mysql://[::1]/pso", null, null);
        assertThat(plain.host()).isEqualTo("::1");
        assertThat(plain.port()).isEqualTo(3306);
        assertThat(plain.tls()).isEqualTo(DatabaseAddress.Tls.OFF);
        assertThat(plain.user()).isEmpty();
    }

    @Test
    void refusesUrlsThatDoNotNameOneServerAndOneDatabase() {
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:mariadb://a:3306,b:3306/pso", "u", "p"))
                .hasMessageContaining("single host");
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:mariadb://a:3306/", "u", "p"))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> DatabaseAddress.fromJdbcUrl("jdbc:postgresql://a/pso", "u", "p"))
                .hasMessageContaining("jdbc:mariadb://");
    }

    @Test
    void theOptionFileQuotesThePasswordSoThatAnyCharacterSurvives() {
        DatabaseAddress a = new DatabaseAddress(
                "jdbc:mariadb://h/pso", "h", 3306, "pso", "pso", "a\"b\\c#d e", DatabaseAddress.Tls.OFF);
        assertThat(MariaDbClients.optionFile(a))
                .contains("password=\"a\\\"b\\\\c#d e\"\n")
                .contains("skip-ssl\n")
                .startsWith("[client]\n");
    }
}
