package org.psoportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.internal.PersonFilter;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class PersonServiceTest {

    @Autowired
    PersonService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder encoder;

    private static String uniqueEmail() {
        return "p-" + UUID.randomUUID() + "@Example.ORG";
    }

    private static PersonForm form(String name, String email, Role... roles) {
        PersonForm f = new PersonForm();
        f.setFullName(name);
        f.setEmail(email);
        f.setRoles(EnumSet.of(roles[0], roles));
        return f;
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void createsPersonWithLowerCaseEmailAndBcryptHash() {
        String email = uniqueEmail();
        PersonRow row = people.create(form("Test Person", email, Role.STAFF), "long-enough-1");

        assertThat(row.email()).isEqualTo(email.toLowerCase());
        String hash = jdbc.queryForObject("SELECT password_hash FROM person WHERE id = ?", String.class, row.id());
        assertThat(hash).startsWith("$2").doesNotContain("long-enough-1");
        assertThat(encoder.matches("long-enough-1", hash)).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void refusesDuplicateEmailWhateverItsCase() {
        String email = uniqueEmail();
        people.create(form("First", email, Role.STAFF), "long-enough-1");

        assertThatThrownBy(() -> people.create(form("Second", email.toUpperCase(), Role.STAFF), "long-enough-2"))
                .isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).messageKey())
                .isEqualTo("person.email.duplicate");
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void refusesInvalidInputWithMessagesNotStackTraces() {
        assertThatThrownBy(() -> people.create(form("", "not-an-email", Role.STAFF), "long-enough-1"))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "validation.failed");
        assertThatThrownBy(() -> people.create(form("Short Password", uniqueEmail(), Role.STAFF), "short"))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "person.password.tooShort");
    }

    /**
     * Wherever a password is set (a new person, the head editing someone, the head's password reset): a common
     * password is refused in any case, and so is one over BCrypt's 72 bytes, with a message instead of BCrypt's
     * exception (40 accented letters, 80 bytes, used to end in "Something went wrong"); a 64-character passphrase is
     * taken and signs in.
     */
    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void commonAndOverlongPasswordsAreRefusedWithAMessageAndLongPassphrasesAreTaken() throws Exception {
        assertThatThrownBy(() -> people.create(form("Common", uniqueEmail(), Role.STAFF), "Password1"))
                .hasFieldOrPropertyWithValue("messageKey", "person.password.common");
        PersonRow row = people.create(form("Passphrase", uniqueEmail(), Role.STAFF), "long-enough-1");
        assertThatThrownBy(() -> people.update(row.id(), form("Passphrase", row.email(), Role.STAFF), "ILOVEYOU"))
                .hasFieldOrPropertyWithValue("messageKey", "person.password.common");
        assertThatThrownBy(() -> people.setPassword(row.id(), "qwerty123"))
                .hasFieldOrPropertyWithValue("messageKey", "person.password.common");
        assertThatThrownBy(() -> people.setPassword(row.id(), "é".repeat(40)))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "person.password.tooLong");
        String seventyThreeBytes = "ü" + "x".repeat(71);
        assertThatThrownBy(
                        () -> people.update(row.id(), form("Passphrase", row.email(), Role.STAFF), seventyThreeBytes))
                .hasFieldOrPropertyWithValue("messageKey", "person.password.tooLong");

        String passphrase = "correct horse battery staple and a quiet walk along the river ok";
        people.setPassword(row.id(), passphrase);
        assertThat(encoder.matches(
                        passphrase, userDetails.loadUserByUsername(row.email()).getPassword()))
                .isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void updatesRolesAndPasswordTogether() {
        PersonRow row = people.create(form("Role Changer", uniqueEmail(), Role.STAFF), "long-enough-1");
        PersonForm changed = form("Role Changer", row.email(), Role.STAFF, Role.EXPERT);

        people.update(row.id(), changed, "another-password");

        assertThat(people.loadForm(row.id()).getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.EXPERT);
        assertThat(encoder.matches(
                        "another-password",
                        userDetails.loadUserByUsername(row.email()).getPassword()))
                .isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aDeactivatedPersonIsLoadedAsDisabled() {
        PersonRow row = people.create(form("Leaver", uniqueEmail(), Role.STAFF), "long-enough-1");
        people.setActive(row.id(), false);

        assertThat(userDetails.loadUserByUsername(row.email()).isEnabled()).isFalse();
        assertThat(people.activeWithRole(Role.STAFF)).noneMatch(p -> p.id() == row.id());
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadCannotDeactivateThemself() {
        long headId = jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, DemoAccounts.HEAD);
        assertThatThrownBy(() -> people.setActive(headId, false))
                .hasFieldOrPropertyWithValue("messageKey", "person.deactivateSelf");
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void filtersTheGridByTextAndRoleInTheDatabase() {
        String marker = "Zyx" + UUID.randomUUID().toString().substring(0, 8);
        people.create(form(marker + " Expert", uniqueEmail(), Role.EXPERT), "long-enough-1");
        people.create(form(marker + " Staff", uniqueEmail(), Role.STAFF), "long-enough-1");

        assertThat(people.count(new PersonFilter(marker, null, false))).isEqualTo(2);
        assertThat(people.search(new PersonFilter(marker.toUpperCase(), Role.EXPERT, false), PageRequest.of(0, 50)))
                .extracting(PersonRow::fullName)
                .containsExactly(marker + " Expert");
    }

    @Test
    @WithMockUser(roles = {"STAFF", "ADMINISTRATOR", "EXPERT"})
    void onlyTheHeadAdministersPeople() {
        assertThatThrownBy(() -> people.search(PersonFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.create(form("X", uniqueEmail(), Role.HEAD), "long-enough-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.setActive(1L, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.setPassword(1L, "long-enough-1")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> people.activeWithRole(Role.EXPERT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
