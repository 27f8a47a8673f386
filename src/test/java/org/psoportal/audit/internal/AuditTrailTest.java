package org.psoportal.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.projects.internal.ProjectForm;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.security.internal.LoginAttempts;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail against the real database: sign-ins (successful and failed), refused accesses and changes to
 * tasks, bookings, people and projects are recorded with who, what and when (UTC); a rolled-back change leaves no
 * entry; crafted line breaks cannot forge a second entry.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrailService trail;

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    PersonService people;

    @Autowired
    ProjectService projects;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BookingService bookings;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    SecurityFixture security;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    /** The entries of the filter, newest first, read through the head's service. */
    private List<AuditEntry> entries(AuditFilter filter) {
        return security.as(DemoAccounts.HEAD, () -> trail.search(filter, PageRequest.of(0, 100)));
    }

    private List<AuditEntry> about(String type, long id) {
        return entries(AuditFilter.NONE.withObjectType(type).withObjectId(id));
    }

    /** Runs the work and checks that the newest entry it made is stamped within the test's clock window (UTC). */
    private <T> T within(Supplier<T> work, Function<T, List<AuditEntry>> made) {
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        T result = work.get();
        Instant after = clock.instant();
        assertThat(made.apply(result))
                .isNotEmpty()
                .first()
                .satisfies(e -> assertThat(e.occurredAt()).isBetween(before, after));
        return result;
    }

    private PersonRow newPerson(String password, Role... roles) {
        PersonForm form = new PersonForm();
        form.setFullName("Audit Person");
        form.setEmail("audit-" + UUID.randomUUID() + "@pso.example");
        form.setRoles(EnumSet.of(roles[0], roles));
        return security.as(DemoAccounts.HEAD, () -> people.create(form, password));
    }

    private void signIn(String email, String password) {
        try {
            authConfig
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    @Test
    void successfulAndFailedSignInsAreRecordedWithTheEmailTried() throws Exception {
        PersonRow person = newPerson("right-password", Role.STAFF);
        AuthenticationManager manager = authConfig.getAuthenticationManager();
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(person.email(), "right-password"));
        assertThatThrownBy(() -> signIn(person.email(), "wrong-password")).isInstanceOf(BadCredentialsException.class);
        String unknown = "nobody-" + UUID.randomUUID() + "@pso.example";
        assertThatThrownBy(() -> signIn(unknown, "whatever1")).isInstanceOf(BadCredentialsException.class);
        Instant after = clock.instant();

        List<AuditEntry> mine = entries(AuditFilter.NONE.withActor(person.email()));
        assertThat(mine)
                .extracting(AuditEntry::category, AuditEntry::action)
                .containsExactly(
                        Tuple.tuple(AuditCategory.SIGN_IN_FAILED, "BAD_CREDENTIALS"),
                        Tuple.tuple(AuditCategory.SIGN_IN, "SIGNED_IN"));
        assertThat(mine.getLast().actorPersonId()).isEqualTo(person.id());
        assertThat(mine.getFirst().actorPersonId())
                .as("nobody is signed in after a failure")
                .isNull();
        assertThat(mine).allSatisfy(e -> assertThat(e.occurredAt()).isBetween(before, after));
        assertThat(entries(AuditFilter.NONE.withActor(unknown)))
                .singleElement()
                .satisfies(e -> assertThat(e.category()).isEqualTo(AuditCategory.SIGN_IN_FAILED));
    }

    @Test
    void aLockedAccountsAttemptsAreRecordedAsLocked() {
        PersonRow person = newPerson("right-password", Role.STAFF);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> signIn(person.email(), "wrong-password"));
        }
        assertThatThrownBy(() -> signIn(person.email(), "right-password")).isInstanceOf(LockedException.class);
        assertThat(entries(AuditFilter.NONE.withActor(person.email()).withCategory(AuditCategory.SIGN_IN_FAILED)))
                .extracting(AuditEntry::action)
                .first()
                .isEqualTo("LOCKED");
    }

    @Test
    void refusedAccessesAreRecordedEvenThoughTheRefusedCallRollsBack() {
        String staff = security.newPerson(Role.STAFF, "Refused Staff");
        String owner = security.newPerson(Role.STAFF, "Owner Staff");
        long staffId = security.personId(staff);
        long project = boardFixture.newProject();
        long task = security.as(owner, () -> tasks.create(BoardFixture.draft(project, "Owner's card")));
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);

        within(
                () -> {
                    assertThatThrownBy(() ->
                                    security.as(staff, () -> trail.search(AuditFilter.NONE, PageRequest.of(0, 10))))
                            .isInstanceOf(AccessDeniedException.class);
                    assertThatThrownBy(() -> security.as(
                                    staff, () -> tasks.update(task, version, BoardFixture.draft(project, "Hijacked"))))
                            .isInstanceOf(AccessDeniedException.class);
                    return null;
                },
                none -> entries(AuditFilter.NONE.withActor(staff)));

        List<AuditEntry> refused =
                entries(AuditFilter.NONE.withActor(staff).withCategory(AuditCategory.ACCESS_REFUSED));
        assertThat(refused)
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.actorPersonId()).isEqualTo(staffId));
        assertThat(refused.getFirst().object()).isEqualTo("task " + task);
        assertThat(refused.getLast().detail()).isEqualTo("AuditTrailService.search");
        assertThat(about("task", task))
                .extracting(AuditEntry::action)
                .as("the refused edit changed nothing")
                .containsExactly("REFUSED", "CREATED");
    }

    @Test
    void creatingEditingMovingAndCommentingATaskAreRecorded() {
        String admin = DemoAccounts.ADMINISTRATOR;
        long adminId = security.personId(admin);
        long project = boardFixture.newProject();
        long task = within(
                () -> security.as(admin, () -> tasks.create(BoardFixture.draft(project, "Order laptops"))),
                id -> about("task", id));
        Instant before = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);
        TaskDraft edited = new TaskDraft(
                "Order 12 laptops",
                "desc",
                TaskType.EXPENSES,
                project,
                null,
                Priority.HIGH,
                BoardFixture.draft(project, "x").dueDate());
        security.as(admin, () -> tasks.update(task, version, edited));
        security.run(admin, () -> board.move(task, version + 1, BoardPlace.top(BoardColumn.IN_PROGRESS), true));
        security.run(admin, () -> tasks.comment(task, "Ordered at the usual shop"));
        Instant after = clock.instant();

        List<AuditEntry> trailOfTask = about("task", task);
        assertThat(trailOfTask)
                .extracting(AuditEntry::action)
                .containsExactly("COMMENT_ADDED", "UPDATED", "UPDATED", "CREATED");
        assertThat(trailOfTask).allSatisfy(e -> {
            assertThat(e.category()).isEqualTo(AuditCategory.TASK);
            assertThat(e.actorPersonId()).isEqualTo(adminId);
            assertThat(e.actor()).isEqualTo(admin);
        });
        assertThat(trailOfTask.subList(0, 3))
                .allSatisfy(e -> assertThat(e.occurredAt()).isBetween(before, after));
        assertThat(trailOfTask.get(3).detail()).isEqualTo("Order laptops");
        assertThat(trailOfTask.get(2).detail()).isEqualTo("priority: NORMAL → HIGH, title");
        assertThat(trailOfTask.get(1).detail()).isEqualTo("column: TODO → IN_PROGRESS");
        assertThat(trailOfTask)
                .as("every entry names the task by its title now, as its owner knows it")
                .extracting(AuditEntry::objectName)
                .containsOnly("Order 12 laptops");
        assertThat(trailOfTask.get(0).detail()).startsWith("comment ").doesNotContain("usual shop");
    }

    @Test
    void aChangedAssigneeIsShownByNameNotById() {
        String admin = DemoAccounts.ADMINISTRATOR;
        long adminId = security.personId(admin);
        String adminName = jdbc.queryForObject("SELECT full_name FROM person WHERE id = ?", String.class, adminId);
        long project = boardFixture.newProject();
        long task = security.as(admin, () -> tasks.create(BoardFixture.draft(project, "Assign me")));
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);
        TaskDraft assigned = new TaskDraft(
                "Assign me",
                null,
                TaskType.EXPENSES,
                project,
                adminId,
                Priority.NORMAL,
                BoardFixture.draft(project, "x").dueDate());
        security.as(admin, () -> tasks.update(task, version, assigned));

        assertThat(about("task", task).getFirst().detail())
                .contains("assignee: – → " + adminName)
                .doesNotContain("assigneeId");
    }

    @Test
    void reorderingACardWithinItsColumnIsRecordedButNotAMoveToTheSamePlace() {
        String admin = DemoAccounts.ADMINISTRATOR;
        long project = boardFixture.newProject();
        long first = security.as(admin, () -> tasks.create(BoardFixture.draft(project, "First")));
        long second = security.as(admin, () -> tasks.create(BoardFixture.draft(project, "Second")));
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, second);
        int place = placeInTodo(second);
        int firstPlace = placeInTodo(first);

        security.run(admin, () -> board.move(second, version, BoardPlace.before(BoardColumn.TODO, first), false));
        List<AuditEntry> trail = about("task", second);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
        assertThat(trail.get(0).detail()).isEqualTo("place in TODO: " + place + " → " + firstPlace);
        assertThat(trail.get(0).actor()).isEqualTo(admin);

        security.run(admin, () -> board.move(second, version, BoardPlace.before(BoardColumn.TODO, first), false));
        assertThat(about("task", second))
                .as("dropped where it already was: nothing changed, nothing recorded")
                .hasSize(2);
    }

    /** The card's place in To do as the board shows it, counted from 1. */
    private int placeInTodo(long taskId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM admin_task t, admin_task me WHERE me.id = ? AND"
                        + " t.board_column = 'TODO' AND t.archived_at IS NULL AND (t.position < me.position"
                        + " OR (t.position = me.position AND t.id <= me.id))",
                Integer.class,
                taskId);
    }

    @Test
    void bookingAndCancellingABookingAreRecorded() {
        long expert = bookingFixture.newExpert(0);
        String staff = DemoAccounts.STAFF;
        Instant start = bookingFixture.at(9, 10, 0);
        BookingRow row = security.as(
                staff,
                () -> bookings.book(new BookingRequest(
                        expert,
                        bookingFixture.activeProjectId(),
                        start,
                        start.plusSeconds(3600),
                        "Audit topic",
                        "notes")));
        within(
                () -> security.as(staff, () -> bookings.cancel(row.id(), "not needed")),
                cancelled -> about("booking", cancelled.id()));

        List<AuditEntry> trailOfBooking = about("booking", row.id());
        assertThat(trailOfBooking).extracting(AuditEntry::category).containsOnly(AuditCategory.BOOKING);
        assertThat(trailOfBooking).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
        assertThat(trailOfBooking).extracting(AuditEntry::actor).containsOnly(staff);
        assertThat(trailOfBooking.getLast().detail()).isEqualTo("Audit topic · " + start + " · CONFIRMED");
        assertThat(trailOfBooking.getFirst().detail())
                .contains("status: CONFIRMED → CANCELLED", "cancelReason")
                .doesNotContain("not needed");
    }

    @Test
    void creatingAndChangingPeopleAndProjectsAreRecordedWithoutPasswordHashes() {
        PersonRow person = within(() -> newPerson("first-password", Role.STAFF), p -> about("person", p.id()));
        PersonForm form = security.as(DemoAccounts.HEAD, () -> people.loadForm(person.id()));
        form.setFullName("Audit Person Renamed");
        form.setRoles(EnumSet.of(Role.STAFF, Role.ADMINISTRATOR));
        within(
                () -> security.as(DemoAccounts.HEAD, () -> people.update(person.id(), form, "second-password")),
                updated -> about("person", updated.id()));
        security.as(DemoAccounts.HEAD, () -> people.setActive(person.id(), false));

        List<AuditEntry> trailOfPerson = about("person", person.id());
        assertThat(trailOfPerson).extracting(AuditEntry::action).containsExactly("UPDATED", "UPDATED", "CREATED");
        assertThat(trailOfPerson).extracting(AuditEntry::actor).containsOnly(DemoAccounts.HEAD);
        assertThat(trailOfPerson.get(2).detail()).isEqualTo(person.email() + " · [STAFF]");
        assertThat(trailOfPerson.get(1).detail())
                .isEqualTo("fullName, passwordHash, roles: [STAFF] → [ADMINISTRATOR, STAFF]");
        assertThat(trailOfPerson.get(0).detail()).isEqualTo("active: true → false");
        String hash = jdbc.queryForObject("SELECT password_hash FROM person WHERE id = ?", String.class, person.id());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?",
                        Long.class,
                        "%" + hash.substring(7) + "%"))
                .isZero();

        long manager = security.personId(DemoAccounts.STAFF);
        ProjectForm p = new ProjectForm();
        p.setCode("AUD-" + UUID.randomUUID().toString().substring(0, 6));
        p.setName("Audit project");
        p.setManagerId(manager);
        ProjectRow project = security.as(DemoAccounts.HEAD, () -> projects.create(p));
        p.setName("Audit project renamed");
        within(
                () -> security.as(DemoAccounts.HEAD, () -> projects.update(project.id(), p)),
                updated -> about("project", updated.id()));
        security.as(DemoAccounts.HEAD, () -> projects.setStatus(project.id(), ProjectStatus.CLOSED));

        assertThat(about("project", project.id()))
                .extracting(AuditEntry::category, AuditEntry::action, AuditEntry::detail)
                .containsExactly(
                        Tuple.tuple(AuditCategory.PROJECT, "UPDATED", "status: ACTIVE → CLOSED"),
                        Tuple.tuple(AuditCategory.PROJECT, "UPDATED", "name"),
                        Tuple.tuple(AuditCategory.PROJECT, "CREATED", project.code() + " · Audit project · ACTIVE"));
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndACommittedOneAlwaysHasOne() {
        long manager = security.personId(DemoAccounts.STAFF);
        String code = "RB-" + UUID.randomUUID().toString().substring(0, 6);
        ProjectForm p = new ProjectForm();
        p.setCode(code);
        p.setName("Rolled back");
        p.setManagerId(manager);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        long id = security.as(
                DemoAccounts.HEAD,
                () -> tx.execute(status -> {
                    ProjectRow created = projects.create(p);
                    status.setRollbackOnly();
                    return created.id();
                }));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM project WHERE id = ?", Long.class, id))
                .isZero();
        assertThat(about("project", id)).isEmpty();
        assertThat(entries(AuditFilter.NONE.withText(code))).isEmpty();

        long committed =
                security.as(DemoAccounts.HEAD, () -> projects.create(p)).id();
        assertThat(about("project", committed)).hasSize(1);
    }

    @Test
    void lineBreaksInStoredValuesCannotForgeASecondEntry() {
        long project = boardFixture.newProject();
        String payload = "Harmless\nSIGN_IN head@pso.example\r\u2028granted\u0085x";
        long task = security.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, payload)));
        String evilEmail = "evil@x.example\r\n2026-01-01 SIGN_IN head@pso.example\u2029";
        assertThatThrownBy(() -> signIn(evilEmail, "whatever1")).isInstanceOf(BadCredentialsException.class);

        AuditEntry created = about("task", task).getFirst();
        assertThat(created.detail()).isEqualTo("Harmless_SIGN_IN head@pso.example__granted_x");
        AuditEntry failed =
                entries(AuditFilter.NONE.withActor("evil@x.example")).getFirst();
        assertThat(failed.actor()).isEqualTo("evil@x.example__2026-01-01 SIGN_IN head@pso.example_");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE actor_label REGEXP '[\\r\\n]'"
                                + " OR detail REGEXP '[\\r\\n]'",
                        Long.class))
                .isZero();
    }

    @Test
    void theDemoDataIsRecordedAsTheDemoLoaderNotAsAPerson() {
        assertThat(entries(AuditFilter.NONE.withActor("demo-loader").withCategory(AuditCategory.TASK)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.actorPersonId()).isNull());
    }

    @Test
    void onlyTheHeadReadsTheTrail() {
        for (String who : List.of(DemoAccounts.STAFF, DemoAccounts.ADMINISTRATOR, DemoAccounts.EXPERT)) {
            assertThatThrownBy(() -> security.as(who, () -> trail.search(AuditFilter.NONE, PageRequest.of(0, 10))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(entries(AuditFilter.NONE)).isNotEmpty();
    }
}
