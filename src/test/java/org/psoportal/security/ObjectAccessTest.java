package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.CalendarFeedService;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.internal.ExpertProfileForm;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectService;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Object-level access: a person who passes a method's role rule but asks for somebody else's task, booking,
 * expert profile, person or project (or a calendar feed with a wrong token) is refused, the refusal is logged
 * with who and what, no data comes back and nothing changes.
 */
@IntegrationTest
class ObjectAccessTest {

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BookingService bookings;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    ExpertService experts;

    @Autowired
    PersonService people;

    @Autowired
    ProjectService projects;

    @Autowired
    SecurityFixture fixture;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    BookingFixture bookingFixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.ZoneId zone;

    String owner;
    String intruder;
    String intruderExpert;
    long project;
    long expert;

    @BeforeEach
    void twoStaffAndAnExpert() {
        owner = fixture.newPerson(Role.STAFF, "Owner Staff");
        intruder = fixture.newPerson(Role.STAFF, "Intruder Staff");
        intruderExpert = fixture.newPerson(Role.EXPERT, "Intruder Expert");
        project = boardFixture.newProject();
        expert = bookingFixture.newExpert(0);
    }

    @Test
    void aTaskOfSomeoneElseCannotBeEditedAndTheRefusalIsLogged() {
        long task = fixture.as(owner, () -> tasks.create(BoardFixture.draft(project, "Owner's request")));
        long version = version(task);
        try (RefusalLog log = new RefusalLog()) {
            refused(
                    () -> fixture.as(
                            intruder, () -> tasks.update(task, version, BoardFixture.draft(project, "Hijacked"))),
                    log,
                    "task " + task);
            refused(
                    () -> fixture.as(intruder, () -> {
                        tasks.addChecklistItem(task, "sneaky");
                        return null;
                    }),
                    log,
                    "task " + task);
            refused(
                    () -> fixture.as(intruder, () -> {
                        board.move(
                                task,
                                version,
                                org.psoportal.admintasks.internal.BoardPlace.top(
                                        org.psoportal.admintasks.internal.BoardColumn.DONE),
                                true);
                        return null;
                    }),
                    log,
                    "BoardService.move");
        }
        assertThat(jdbc.queryForObject("SELECT title FROM admin_task WHERE id = ?", String.class, task))
                .isEqualTo("Owner's request");
        assertThat(version(task)).isEqualTo(version);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM admin_task_checklist_item WHERE task_id = ?", Integer.class, task))
                .isZero();
    }

    @Test
    void aBookingOfSomeoneElseCannotBeReadChangedOrDecided() {
        BookingRow mine = fixture.as(
                owner,
                () -> bookings.book(new BookingRequest(
                        expert,
                        project,
                        bookingFixture.at(5, 9, 0),
                        bookingFixture.at(5, 10, 0),
                        "Private topic",
                        "secret notes")));
        try (RefusalLog log = new RefusalLog()) {
            String what = "booking " + mine.id();
            refused(() -> fixture.as(intruder, () -> bookings.details(mine.id())), log, what);
            refused(() -> fixture.as(intruder, () -> feeds.bookingIcs(mine.id(), "localhost")), log, what);
            refused(() -> fixture.as(intruder, () -> bookings.cancel(mine.id(), "not mine")), log, what);
            refused(
                    () -> fixture.as(
                            intruder,
                            () -> bookings.reschedule(
                                    mine.id(), new TimeRange(bookingFixture.at(6, 9, 0), bookingFixture.at(6, 10, 0)))),
                    log,
                    what);
            // Another expert may approve and decline, but only their own bookings.
            refused(() -> fixture.as(intruderExpert, () -> bookings.decline(mine.id(), "no")), log, what);
        }
        assertThat(jdbc.queryForMap("SELECT status, start_at FROM booking WHERE id = ?", mine.id()))
                .containsEntry("status", "CONFIRMED");
        assertThat(jdbc.queryForObject("SELECT start_at FROM booking WHERE id = ?", java.sql.Timestamp.class, mine.id())
                        .toInstant())
                .isEqualTo(bookingFixture.at(5, 9, 0));
        // What the intruder does see of the expert's week: the block is busy, its details are not there.
        var week = fixture.as(
                intruder, () -> bookings.week(expert, java.time.LocalDate.ofInstant(bookingFixture.at(5, 9, 0), zone)));
        assertThat(week.blocks())
                .filteredOn(b -> b.id() == mine.id())
                .singleElement()
                .satisfies(b -> assertThat(b.topic()).isNull());
    }

    @Test
    void anExpertProfileOfSomeoneElseCannotBeLoadedOrSaved() {
        long other = expert;
        try (RefusalLog log = new RefusalLog()) {
            refused(() -> fixture.as(intruderExpert, () -> experts.loadForm(other)), log, "expert profile " + other);
            refused(
                    () -> fixture.as(intruderExpert, () -> {
                        experts.save(other, new ExpertProfileForm());
                        return null;
                    }),
                    log,
                    "expert profile " + other);
        }
    }

    @Test
    void peopleAndProjectsAreAdministeredByTheHeadOnly() {
        long ownerId = fixture.personId(owner);
        try (RefusalLog log = new RefusalLog()) {
            refused(() -> fixture.as(intruder, () -> people.loadForm(ownerId)), log, "PersonService.loadForm");
            refused(() -> fixture.as(intruder, () -> people.setActive(ownerId, false)), log, "PersonService.setActive");
            refused(() -> fixture.as(intruder, () -> projects.loadForm(project)), log, "ProjectService.loadForm");
        }
        assertThat(jdbc.queryForObject("SELECT active FROM person WHERE id = ?", Boolean.class, ownerId))
                .isTrue();
    }

    @Test
    void aWrongFeedTokenGetsNothingAndIsLogged() {
        fixture.run(owner, () -> feeds.regenerateToken());
        try (RefusalLog log = new RefusalLog()) {
            var answer = fixture.as(null, () -> feeds.feed("guessed-token-123", "localhost"));
            assertThat(answer).isEmpty();
            assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("anonymous", "calendar feed"));
        }
    }

    @Test
    void loggedValuesCannotForgeLogLines() {
        assertThat(AccessRefusals.clean("task 1\nAccess granted: admin\r\u2028x"))
                .doesNotContain("\n", "\r", "\u2028");
    }

    private long version(long task) {
        return jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);
    }

    /**
     * The call throws AccessDeniedException (so nothing is returned) and a WARN line names the caller (by person id,
     * never by e-mail: logs carry no personal data) and what.
     */
    private void refused(ThrowingSupplier<?> call, RefusalLog log, String what) {
        int before = log.warnings().size();
        AtomicReference<Object> returned = new AtomicReference<>();
        assertThatThrownBy(() -> returned.set(call.get())).isInstanceOf(AccessDeniedException.class);
        assertThat(returned.get()).isNull();
        assertThat(log.warnings().subList(before, log.warnings().size()))
                .as("a WARN line for %s", what)
                .anySatisfy(w ->
                        assertThat(w).contains("Access refused: person ", what).doesNotContain("@"));
    }
}
