package org.psoportal.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.security.AccessChanged;
import org.psoportal.security.Role;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.LdapServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The directory sync against a real LDAP server (UnboundID in memory, {@link LdapServer}) and the portal's real
 * database: people are created with roles from their groups and their department, a leaver is deactivated (and their
 * sessions end: AccessChanged), a group change changes roles, a second sync of an unchanged directory changes nothing,
 * an entry without e-mail is an error line, and a directory that is down changes nothing at all.
 */
@IntegrationTest
@RecordApplicationEvents
class DirectorySyncTest {

    @Autowired
    ExternalAccountService accounts;

    @Autowired
    PersonRepository people;

    @Autowired
    PersonActivation activation;

    @Autowired
    DirectorySyncRunRepository runs;

    @Autowired
    LockProvider locks;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    LdapServer ldap;
    DirectorySync sync;

    @BeforeEach
    void startDirectory() {
        ldap = LdapServer.start();
        sync = new DirectorySync(ldap.directory(), accounts, people, activation, runs, locks, clock);
    }

    @AfterEach
    void stopDirectory() {
        ldap.close();
    }

    @Test
    void firstSyncCreatesPeopleWithRolesFromTheirGroupsAndTheirDepartment() {
        DirectorySyncRun run = sync.run("test");

        assertThat(run.getRead()).isEqualTo(6);
        assertThat(run.getCreated()).isEqualTo(5);
        assertThat(run.getUpdated()).isZero();
        assertThat(run.getDeactivated()).isZero();
        assertThat(person("ada").getRoles()).containsExactly(Role.HEAD);
        assertThat(person("bert").getRoles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(person("clara").getRoles()).containsExactly(Role.EXPERT);
        assertThat(person("dan").getRoles()).containsExactly(Role.STAFF);
        assertThat(person("eve").getRoles()).as("memberOf on the entry").containsExactly(Role.EXPERT);
        assertThat(person("dan").getDepartment()).isEqualTo("Sales");
        assertThat(person("dan").getExternalId()).isEqualTo(ldap.dn("dan"));
        assertThat(person("dan").isActive()).isTrue();
        assertThat(runs.findById(run.getId())).isPresent();
    }

    @Test
    void anEntryWithoutEmailIsAnErrorOfTheReportAndBecomesNobody() {
        DirectorySyncRun run = sync.run("test");

        assertThat(run.getErrorCount()).isEqualTo(1);
        assertThat(run.getErrors()).containsExactly(ldap.dn("nomail") + ": no e-mail address");
        assertThat(people.findAll()).noneMatch(p -> p.getFullName().startsWith("No Mail"));
    }

    @Test
    void aLeaverIsDeactivatedAndAGroupChangeChangesRolesAndAnUnchangedDirectoryChangesNothing() {
        sync.run("test");
        long danId = person("dan").getId();
        long bertId = person("bert").getId();
        long activeLocalPeople = people.findAll().stream()
                .filter(p -> p.isActive() && p.getExternalId() == null)
                .count();

        ldap.remove("dan");
        ldap.removeFromGroup("PSO-Admins", "bert");
        ldap.addToGroup("PSO-Experts", "bert");
        DirectorySyncRun second = sync.run("test");

        assertThat(second.getDeactivated()).isEqualTo(1);
        assertThat(second.getUpdated()).isEqualTo(1);
        assertThat(second.getCreated()).isZero();
        Person dan = people.findById(danId).orElseThrow();
        assertThat(dan.isActive()).as("deactivated, not deleted").isFalse();
        assertThat(person("bert").getRoles()).containsExactly(Role.EXPERT);
        assertThat(events.stream(AccessChanged.class))
                .as("the leaver's sessions end; the changed person signs in again with the new roles")
                .contains(
                        new AccessChanged(danId, AccessChanged.Reason.DEACTIVATED),
                        new AccessChanged(bertId, AccessChanged.Reason.ROLES_CHANGED));
        assertThat(people.findByEmail(DemoAccounts.STAFF).orElseThrow().isActive())
                .as("people created in the portal are never the directory's to deactivate")
                .isTrue();
        assertThat(people.findAll().stream()
                        .filter(p -> p.isActive() && p.getExternalId() == null)
                        .count())
                .isEqualTo(activeLocalPeople);

        events.clear();
        DirectorySyncRun third = sync.run("test");
        assertThat(List.of(third.getCreated(), third.getUpdated(), third.getDeactivated()))
                .containsOnly(0);
        assertThat(events.stream(AccessChanged.class)).isEmpty();
        assertThat(people.findById(danId).orElseThrow().isActive())
                .as("stays deactivated")
                .isFalse();
    }

    @Test
    void theLastActiveHeadLeavingTheDirectoryStaysActiveAndTheReportSaysWhy() {
        sync.run("test");
        Person ada = person("ada");
        assertThat(ada.getRoles()).contains(Role.HEAD);
        // every other head is away: ada is the last one who could administer the office
        List<Person> otherHeads = people.findAll().stream()
                .filter(p -> p.isActive()
                        && p.getRoles().contains(Role.HEAD)
                        && !p.getId().equals(ada.getId()))
                .toList();
        otherHeads.forEach(p -> p.setActive(false));
        people.saveAllAndFlush(otherHeads);
        try {
            ldap.remove("ada");
            DirectorySyncRun run = sync.run("test");

            assertThat(people.findById(ada.getId()).orElseThrow().isActive()).isTrue();
            assertThat(run.getDeactivated()).isZero();
            assertThat(run.getErrors())
                    .contains(ldap.dn("ada") + ": left the directory but is the last active head; kept active");
        } finally {
            for (Person head : otherHeads) {
                Person current = people.findById(head.getId()).orElseThrow();
                current.setActive(true);
                people.saveAndFlush(current);
            }
        }
    }

    @Test
    void aDirectoryThatIsDownIsReportedAndChangesNothing() {
        sync.run("test");
        ldap.stop();

        DirectorySyncRun run = sync.run("test");

        assertThat(run.getErrors()).singleElement().asString().contains("cannot be read", "nothing was changed");
        assertThat(run.getDeactivated()).isZero();
        assertThat(person("dan").isActive()).as("not mistaken for a leaver").isTrue();
    }

    @Test
    void aSecondSyncWhileOneRunsDoesNotRun() {
        var held = locks.lock(new LockConfiguration(
                        clock.instant(), DirectorySync.LOCK, Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        try {
            assertThat(sync.runOnce("test")).isEmpty();
        } finally {
            held.unlock();
        }
        assertThat(sync.runOnce("test"))
                .get()
                .extracting(DirectorySyncRun::getCreated)
                .isEqualTo(5);
    }

    private Person person(String uid) {
        return people.findByEmail(ldap.email(uid)).orElseThrow();
    }
}
