package org.psoportal.largedata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accounts the realistic load test signs in with: as many per role as the size says, each a person of its own. */
class LoadTestAccountsTest {

    private static final LargeDataSize LARGE = LargeDataSize.LARGE;

    @Test
    void everyPsoRoleHasTheAccountsOfItsSizeAfterTheFourDemoSignIns() {
        assertThat(LargeDataGenerator.accounts(LARGE, "ADMINISTRATOR")).hasSize(100);
        assertThat(LargeDataGenerator.accounts(LARGE, "EXPERT")).hasSize(100);
        assertThat(LargeDataGenerator.accounts(LARGE, "HEAD")).hasSize(30);
        assertThat(LargeDataGenerator.roleOf(LARGE, 5)).isEqualTo("ADMINISTRATOR");
        assertThat(LargeDataGenerator.roleOf(LARGE, 104)).isEqualTo("ADMINISTRATOR");
        assertThat(LargeDataGenerator.roleOf(LARGE, 105)).isEqualTo("EXPERT");
        assertThat(LargeDataGenerator.roleOf(LARGE, 205)).isEqualTo("HEAD");
        assertThat(LargeDataGenerator.roleOf(LARGE, 235)).isEqualTo("STAFF");
    }

    @Test
    void staffAccountsLeaveOutThePeopleWhoLeftAndNoAccountIsTwice() {
        List<String> staff = LargeDataGenerator.accounts(LARGE, "STAFF");
        long generatedStaff = LARGE.people() - 4 - 100 - 100 - 30;
        long left = java.util.stream.LongStream.rangeClosed(235, LARGE.people())
                .filter(id -> id % 50 == 0)
                .count();
        assertThat(staff).hasSize((int) (generatedStaff - left));
        assertThat(staff).doesNotContain(LargeDataGenerator.email(250));
        List<String> all = new java.util.ArrayList<>(staff);
        for (String role : List.of("ADMINISTRATOR", "EXPERT", "HEAD")) {
            all.addAll(LargeDataGenerator.accounts(LARGE, role));
        }
        assertThat(new HashSet<>(all)).hasSameSizeAs(all);
        assertThat(all).allMatch(e -> e.matches("[a-z]+\\.[a-z]+\\.\\d+@pso\\.example"));
    }
}
