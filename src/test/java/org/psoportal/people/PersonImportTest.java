package org.psoportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.security.Role;
import org.psoportal.shared.UpsertOutcome;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** The head's import upsert of people (PersonService#importPerson / #previewImport), as the bulk import uses it. */
@IntegrationTest
class PersonImportTest {

    @Autowired
    PersonService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final String email = "imp-" + UUID.randomUUID() + "@example.org";

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void previewChangesNothingTheImportCreatesOnceAndTheImportedPersonHasNoUsablePassword() {
        PersonImport p = new PersonImport("Ivo Import", email.toUpperCase(), "  Legal ", Set.of(Role.STAFF));

        assertThat(people.previewImport(p)).isEqualTo(UpsertOutcome.CREATED);
        assertThat(people.findByEmail(email)).isEmpty();
        assertThat(people.importPerson(p)).isEqualTo(UpsertOutcome.CREATED);
        assertThat(people.importPerson(p)).isEqualTo(UpsertOutcome.UNCHANGED);
        assertThat(people.previewImport(p)).isEqualTo(UpsertOutcome.UNCHANGED);

        var row = jdbc.queryForMap("SELECT department, password_hash, active FROM person WHERE email = ?", email);
        assertThat(row.get("department")).isEqualTo("Legal");
        String hash = (String) row.get("password_hash");
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(encoder.matches("demo1234", hash)).isFalse();
        assertThat(encoder.matches(email, hash)).isFalse();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void anUpdateKeepsADeactivatedPersonDeactivatedAndRefusesBadInputWithMessages() {
        people.importPerson(new PersonImport("Dee Active", email, null, Set.of(Role.STAFF)));
        long id = people.findByEmail(email).orElseThrow().id();
        people.setActive(id, false);

        assertThat(people.importPerson(new PersonImport("Dee Active", email, null, Set.of(Role.STAFF, Role.EXPERT))))
                .isEqualTo(UpsertOutcome.UPDATED);
        assertThat(jdbc.queryForObject("SELECT active FROM person WHERE id = ?", Boolean.class, id))
                .isFalse();

        assertThatThrownBy(() -> people.importPerson(new PersonImport("X", "not-an-email", null, Set.of(Role.STAFF))))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> people.importPerson(new PersonImport("X", email, null, Set.of())))
                .isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> people.importPerson(new PersonImport("X", email, "d".repeat(121), Set.of(Role.STAFF))))
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo("person.department.tooLong");
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadCannotImportTheHeadRoleAwayFromThemself() {
        String name = people.findByEmail(DemoAccounts.HEAD).orElseThrow().fullName();
        assertThatThrownBy(
                        () -> people.importPerson(new PersonImport(name, DemoAccounts.HEAD, null, Set.of(Role.STAFF))))
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo("person.ownHeadRole");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM person_role r JOIN person p ON p.id = r.person_id"
                                + " WHERE p.email = ? AND r.role = 'HEAD'",
                        Integer.class,
                        DemoAccounts.HEAD))
                .isEqualTo(1);
    }
}
