package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
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
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Oversized free text (a pasted megabyte, a scripted request) is refused with a message and nothing is stored. */
@IntegrationTest
class OversizedInputTest {

    static final String MEGABYTE = "x".repeat(1024 * 1024);
    static final String TEN_KB = "y".repeat(10 * 1024);

    @Autowired
    TaskService tasks;

    @Autowired
    BookingService bookings;

    @Autowired
    PersonService people;

    @Autowired
    SecurityFixture fixture;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void taskTitleDescriptionAndCommentHaveLimits() {
        String staff = fixture.newPerson(org.psoportal.security.Role.STAFF, "Oversize Staff");
        long project = boardFixture.newProject();
        refused(
                () -> fixture.as(staff, () -> tasks.create(BoardFixture.draft(project, TEN_KB))),
                "board.title.tooLong");
        refused(
                () -> fixture.as(
                        staff,
                        () -> tasks.create(new TaskDraft(
                                "Fine title", MEGABYTE, TaskType.EXPENSES, project, null, Priority.NORMAL, null))),
                "input.tooLong");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_task WHERE project_id = ?", Integer.class, project))
                .isZero();

        long task = fixture.as(staff, () -> tasks.create(BoardFixture.draft(project, "Fine")));
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);
        refused(
                () -> fixture.as(staff, () -> tasks.update(task, version, BoardFixture.draft(project, TEN_KB))),
                "board.title.tooLong");
        refused(() -> fixture.run(staff, () -> tasks.comment(task, MEGABYTE)), "board.comment.invalid");
        refused(() -> fixture.run(staff, () -> tasks.addChecklistItem(task, TEN_KB)), "board.checklist.invalid");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_task_comment WHERE task_id = ?", Integer.class, task))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT title FROM admin_task WHERE id = ?", String.class, task))
                .isEqualTo("Fine");
    }

    @Test
    void bookingTopicNotesAndReasonHaveLimits() {
        String staff = fixture.newPerson(org.psoportal.security.Role.STAFF, "Oversize Booker");
        long expert = bookingFixture.newExpert(0);
        long project = bookingFixture.activeProjectId();
        var start = bookingFixture.at(6, 9, 0);
        var end = start.plusSeconds(1800);
        refused(
                () -> fixture.as(
                        staff, () -> bookings.book(new BookingRequest(expert, project, start, end, TEN_KB, null))),
                "input.tooLong");
        refused(
                () -> fixture.as(
                        staff, () -> bookings.book(new BookingRequest(expert, project, start, end, "Topic", MEGABYTE))),
                "input.tooLong");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE expert_id = ?", Integer.class, expert))
                .isZero();

        BookingRow row = fixture.as(
                staff, () -> bookings.book(new BookingRequest(expert, project, start, end, "Topic", "notes")));
        refused(() -> fixture.as(staff, () -> bookings.cancel(row.id(), MEGABYTE)), "input.tooLong");
        assertThat(jdbc.queryForObject("SELECT status FROM booking WHERE id = ?", String.class, row.id()))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aPersonsNameHasALimit() {
        PersonForm form = new PersonForm();
        form.setFullName(TEN_KB);
        String email = "oversize-" + System.nanoTime() + "@sec.example";
        form.setEmail(email);
        form.setRoles(Set.of(org.psoportal.security.Role.STAFF));
        refused(
                () -> fixture.as(DemoAccounts.HEAD, () -> people.create(form, "a-long-enough-password")),
                "validation.failed");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE email = ?", Integer.class, email))
                .isZero();
    }

    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
