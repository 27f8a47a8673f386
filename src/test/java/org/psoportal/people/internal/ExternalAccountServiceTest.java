package org.psoportal.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.security.AccessChanged;
import org.psoportal.security.ExternalIdentity;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Just-in-time people from the identity provider: created once, kept in step with their groups, never revived. */
@IntegrationTest
@RecordApplicationEvents
class ExternalAccountServiceTest {

    @Autowired
    ExternalAccountService accounts;

    @Autowired
    PersonRepository people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void aNewcomerIsCreatedOnFirstSignInWithTheRolesOfTheirGroups() {
        String email = "Newcomer-" + UUID.randomUUID() + "@Example.org";
        PortalUser user = accounts.signIn(identity(email, "Nadia Newcomer", "Finance", Set.of("PSO-Admins")));

        assertThat(user.email()).isEqualTo(email.toLowerCase());
        assertThat(user.roles()).containsExactly(Role.ADMINISTRATOR);
        Person person = people.findByEmail(email.toLowerCase()).orElseThrow();
        assertThat(person.getFullName()).isEqualTo("Nadia Newcomer");
        assertThat(person.getDepartment()).isEqualTo("Finance");
        assertThat(person.getExternalId()).isEqualTo("sub-" + email);
        assertThat(person.isActive()).isTrue();

        // The same sign-in again changes nothing.
        assertThat(accounts.upsert(identity(email, "Nadia Newcomer", "Finance", Set.of("PSO-Admins")))
                        .outcome())
                .isEqualTo(ExternalAccountService.Outcome.UNCHANGED);
    }

    @Test
    void aGroupChangeInTheProviderChangesTheRolesAtTheNextSignInAndEndsOldSessions() {
        String email = "mover-" + UUID.randomUUID() + "@example.org";
        long id = accounts.signIn(identity(email, "Max Mover", null, Set.of())).personId();
        assertThat(people.findById(id).orElseThrow().getRoles()).containsExactly(Role.STAFF);

        PortalUser promoted = accounts.signIn(identity(email, "Max Mover", null, Set.of("PSO-Heads")));
        assertThat(promoted.roles()).containsExactly(Role.HEAD);
        assertThat(events.stream(AccessChanged.class))
                .contains(new AccessChanged(id, AccessChanged.Reason.ROLES_CHANGED));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE object_id = ? AND action = 'UPDATED'"
                                + " AND detail LIKE '%HEAD%'",
                        Integer.class, id))
                .as("the role change is in the audit trail")
                .isEqualTo(1);
    }

    @Test
    void aPersonDeactivatedInThePortalIsRefusedAndStaysDeactivated() {
        String email = "leaver-" + UUID.randomUUID() + "@example.org";
        long id = accounts.signIn(identity(email, "Lea Leaver", null, Set.of())).personId();
        jdbc.update("UPDATE person SET active = FALSE WHERE id = ?", id);

        assertThatThrownBy(() -> accounts.signIn(identity(email, "Lea Leaver", null, Set.of("PSO-Heads"))))
                .isInstanceOf(DisabledException.class);
        assertThat(people.findById(id).orElseThrow().isActive()).isFalse();
    }

    @Test
    void anIdentityWithoutAnEmailIsRefused() {
        assertThatThrownBy(() -> accounts.signIn(identity(null, "No Mail", null, Set.of())))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> accounts.signIn(identity("  ", "No Mail", null, Set.of())))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static ExternalIdentity identity(String email, String name, String department, Set<String> groups) {
        return new ExternalIdentity(ExternalIdentity.Source.OIDC, "sub-" + email, email, name, department, groups);
    }
}
