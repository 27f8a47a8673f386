package org.psoportal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line: a mistyped backup or restore is answered with the usage line, never by starting the portal. */
class DatabaseCommandTest {

    @Test
    void aBackupOrRestoreWithoutItsFileIsAMistakeNotAPortalStart() {
        for (String[] args : new String[][] {{"--backup"}, {"--backup", "pso.sql"}, {"--restore"}, {"--backup="}}) {
            assertThat(DatabaseCommand.requested(args))
                    .as(String.join(" ", args))
                    .isTrue();
            assertThat(DatabaseCommand.run(args)).as(String.join(" ", args)).isEqualTo(2);
        }
        assertThat(DatabaseCommand.run(new String[] {"--backup=a.sql", "--restore=b.sql"}))
                .isEqualTo(2);
        assertThat(DatabaseCommand.requested(new String[] {"--server.port=9000"}))
                .isFalse();
        assertThat(DatabaseCommand.requested(new String[0])).isFalse();
    }
}
