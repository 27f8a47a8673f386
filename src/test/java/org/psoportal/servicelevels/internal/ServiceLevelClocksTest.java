package org.psoportal.servicelevels.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.CardClocks;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.requests.RequestFiled;
import org.psoportal.requests.TargetUnit;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.servicelevels.ServiceLevelFigureQueries;
import org.psoportal.servicelevels.ServiceLevelFigureRows;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.Race;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock of a real request through the board (task changes publish TaskActivity, the request is announced with
 * RequestFiled in the task's transaction), at times this test chooses: the week of Monday 9 March 2026, no holiday,
 * the default calendar (Mon–Fri 09:00–17:30).
 */
@IntegrationTest
class ServiceLevelClocksTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.now();
        final ZoneId zone;

        MutableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BoardFixture fixture;

    @Autowired
    SecurityFixture people;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ServiceLevelClocks listener;

    @Autowired
    CardClocks cardClocks;

    @Autowired
    ServiceLevelAlertRun alerts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ServiceLevelFigureQueries figures;

    @Autowired
    ZoneId zone;

    @Autowired
    Clock portalClock;

    MutableClock clock;

    @BeforeEach
    void controlTime() {
        clock = new MutableClock(zone);
        ReflectionTestUtils.setField(listener, "clock", clock);
    }

    @AfterEach
    void realTime() {
        ReflectionTestUtils.setField(listener, "clock", portalClock);
    }

    Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute).atZone(zone).toInstant();
    }

    /**
     * Files a request with a target: the task and the announcement in one transaction, by the staff member (by the
     * administrator when it has an assignee, which staff cannot choose).
     */
    long file(long project, Long assignee, Integer amount, TargetUnit unit, Instant filedAt) {
        clock.now = filedAt;
        return fixture.as(
                assignee == null ? DemoAccounts.STAFF : DemoAccounts.ADMINISTRATOR,
                () -> new TransactionTemplate(transactions).execute(tx -> {
                    long id = tasks.create(BoardFixture.draft(project, "Expense claim " + filedAt)
                            .withAssignee(assignee));
                    events.publishEvent(new RequestFiled(id, project, 7, "Expense claim", amount, unit, filedAt));
                    return id;
                }));
    }

    void move(long task, BoardColumn column, Instant when) {
        clock.now = when;
        fixture.asRun(
                DemoAccounts.ADMINISTRATOR,
                () -> board.move(task, board.card(task).version(), BoardPlace.top(column), true));
    }

    CardClock clockAt(long task, Instant when) {
        return cardClocks.clocks(List.of(task), when).get(task);
    }

    @Test
    void theClockRunsInToDoAndInProgressPausesInWaitingStopsAtDoneAndContinuesWhenReopened() {
        long project = fixture.newProject();
        long task = file(project, null, 4, TargetUnit.WORKING_HOURS, at(9, 9, 0));

        assertThat(clockAt(task, at(9, 10, 0))).isEqualTo(new CardClock(240, 60, CardClock.State.RUNNING, 510));

        move(task, BoardColumn.WAITING, at(9, 11, 0));
        CardClock paused = clockAt(task, at(9, 16, 0));
        assertThat(paused.state()).isEqualTo(CardClock.State.PAUSED);
        assertThat(paused.usedMinutes())
                .as("the afternoon in Waiting does not count")
                .isEqualTo(120);

        move(task, BoardColumn.IN_PROGRESS, at(10, 9, 0));
        assertThat(clockAt(task, at(10, 10, 0)).tone()).as("3 of 4 h").isEqualTo(CardClock.Tone.ON_TRACK);
        assertThat(clockAt(task, at(10, 10, 30)).tone()).as("3.5 of 4 h").isEqualTo(CardClock.Tone.AT_RISK);
        assertThat(clockAt(task, at(10, 11, 30)).tone()).isEqualTo(CardClock.Tone.BREACHED);

        move(task, BoardColumn.DONE, at(10, 10, 0));
        CardClock done = clockAt(task, at(11, 12, 0));
        assertThat(done).isEqualTo(new CardClock(240, 180, CardClock.State.STOPPED, 510));
        assertThat(done.tone()).isEqualTo(CardClock.Tone.ON_TRACK);

        move(task, BoardColumn.TODO, at(11, 9, 0));
        CardClock reopened = clockAt(task, at(11, 10, 30));
        assertThat(reopened.state()).isEqualTo(CardClock.State.RUNNING);
        assertThat(reopened.usedMinutes()).as("continues from 3 h").isEqualTo(270);
        assertThat(reopened.tone()).isEqualTo(CardClock.Tone.BREACHED);

        assertThat(jdbc.queryForObject(
                        "SELECT first_response_at FROM sla_clock WHERE task_id = ?", LocalDateTime.class, task))
                .as("the administrator's first move")
                .isEqualTo(LocalDateTime.ofInstant(at(9, 11, 0), java.time.ZoneOffset.UTC));
    }

    @Test
    void aWorkingDaysTargetIsThatManyWorkingDaysAndARequestWithoutTargetHasNoClock() {
        long project = fixture.newProject();
        long days = file(project, null, 2, TargetUnit.WORKING_DAYS, at(9, 9, 0));
        long none = file(project, null, null, null, at(9, 9, 0));

        Map<Long, CardClock> clocks = cardClocks.clocks(List.of(days, none), at(10, 9, 0));
        assertThat(clocks).containsOnlyKeys(days);
        assertThat(clocks.get(days).targetMinutes()).isEqualTo(2 * 510);
        assertThat(clocks.get(days).leftMinutes()).isEqualTo(510);
    }

    @Test
    void theBoardShowsTheClocksAndFiltersAndSortsByThem() {
        long project = fixture.newProject();
        // real time: a target far beyond anything, one used up already (filed long ago)
        Instant now = Instant.now();
        clock.now = now;
        long relaxed = file(project, null, 200, TargetUnit.WORKING_DAYS, now);
        long late = file(project, null, 1, TargetUnit.WORKING_HOURS, now.minus(java.time.Duration.ofDays(10)));
        long plain =
                fixture.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, "No clock")));

        List<TaskCard> cards = fixture.as(
                DemoAccounts.ADMINISTRATOR,
                () -> board.filteredCards(BoardFilter.NONE.withProject(project).withTimeLeftOrder(true)));
        assertThat(cards).extracting(TaskCard::id).containsExactly(late, relaxed, plain);
        assertThat(cards.get(0).clock().tone()).isEqualTo(CardClock.Tone.BREACHED);
        assertThat(cards.get(2).clock()).isNull();

        assertThat(fixture.as(
                        DemoAccounts.ADMINISTRATOR,
                        () -> board.filteredCards(BoardFilter.fromQuery(
                                Map.of("project", List.of(String.valueOf(project)), "sla", List.of("breached"))))))
                .extracting(TaskCard::id)
                .containsExactly(late);
        assertThat(fixture.as(
                        DemoAccounts.ADMINISTRATOR,
                        () -> board.filteredCards(
                                BoardFilter.NONE.withProject(project).withSla(CardClock.Tone.AT_RISK))))
                .isEmpty();
    }

    @Test
    void theAssigneeIsToldOnceAtRiskAndOnceBreachedEvenWithTwoRunsRacing() throws Exception {
        long project = fixture.newProject();
        String email = people.newPerson(Role.ADMINISTRATOR, "Sla Assignee");
        long assignee = fixture.personId(email);
        long task = file(project, assignee, 1, TargetUnit.WORKING_HOURS, at(9, 9, 0));

        assertThat(Race.twice(() -> alerts.run(at(9, 9, 30))).stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .as("half the target: nothing")
                .isZero();
        Race.twice(() -> alerts.run(at(9, 9, 50)));
        Race.twice(() -> alerts.run(at(9, 9, 55)));
        assertThat(notes(assignee, "servicelevels.note.atRisk")).isEqualTo(1);
        Race.twice(() -> alerts.run(at(9, 10, 5)));
        Race.twice(() -> alerts.run(at(9, 11, 0)));
        assertThat(notes(assignee, "servicelevels.note.breached")).isEqualTo(1);
        assertThat(notes(assignee, "servicelevels.note.atRisk")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT link FROM notification WHERE person_id = ? AND message_key = ?",
                        String.class,
                        assignee,
                        "servicelevels.note.breached"))
                .isEqualTo("board?task=" + task);
    }

    @Test
    void aPausedClockIsNeverToldAbout() throws Exception {
        long project = fixture.newProject();
        String email = people.newPerson(Role.ADMINISTRATOR, "Sla Paused");
        long assignee = fixture.personId(email);
        long task = file(project, assignee, 1, TargetUnit.WORKING_HOURS, at(9, 9, 0));
        move(task, BoardColumn.WAITING, at(9, 9, 10));

        Race.twice(() -> alerts.run(at(12, 9, 0)));
        assertThat(notes(assignee, "servicelevels.note.atRisk") + notes(assignee, "servicelevels.note.breached"))
                .isZero();
    }

    @Test
    void theDashboardCountsMetAndBreachedPerTypeProjectAndWeekTheFirstResponseAndWhoWaits() {
        long project = fixture.newProject();
        long quick = file(project, null, 4, TargetUnit.WORKING_HOURS, at(9, 9, 0));
        long slow = file(project, null, 1, TargetUnit.WORKING_HOURS, at(9, 9, 0));
        long asked = file(project, null, 1, TargetUnit.WORKING_DAYS, at(9, 9, 0));
        move(quick, BoardColumn.IN_PROGRESS, at(9, 10, 0));
        move(quick, BoardColumn.DONE, at(9, 11, 0));
        move(slow, BoardColumn.DONE, at(10, 9, 0));
        move(asked, BoardColumn.WAITING, at(9, 12, 0));

        java.time.LocalDateTime from = java.time.LocalDateTime.of(2026, 3, 1, 0, 0);
        java.time.LocalDateTime to = java.time.LocalDateTime.of(2026, 4, 1, 0, 0);
        var perType = fixture.as(DemoAccounts.HEAD, () -> figures.perType(from, to, project));
        assertThat(perType).singleElement().satisfies(c -> {
            assertThat(c.label()).isEqualTo("Expense claim");
            assertThat(c.met()).isEqualTo(1);
            assertThat(c.breached()).isEqualTo(1);
            assertThat(c.metPercent()).isEqualTo(50);
        });
        assertThat(fixture.as(DemoAccounts.HEAD, () -> figures.perProject(from, to, project)))
                .singleElement()
                .satisfies(c -> assertThat(c.key()).isEqualTo(String.valueOf(project)));
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 3, 9);
        var weeks = fixture.as(
                DemoAccounts.HEAD,
                () -> figures.perWeek(
                        List.of(monday, monday.plusWeeks(1), monday.plusWeeks(2)),
                        List.of(
                                java.time.LocalDateTime.of(2026, 3, 9, 0, 0),
                                java.time.LocalDateTime.of(2026, 3, 16, 0, 0),
                                java.time.LocalDateTime.of(2026, 3, 23, 0, 0)),
                        project));
        assertThat(weeks)
                .containsExactly(
                        new ServiceLevelFigureRows.WeekCompliance(monday, 1, 1),
                        new ServiceLevelFigureRows.WeekCompliance(monday.plusWeeks(1), 0, 0));
        var response = fixture.as(DemoAccounts.HEAD, () -> figures.firstResponse(from, to, project, "All"));
        assertThat(response.getFirst().label()).isEqualTo("All");
        assertThat(response.getFirst().requests()).isEqualTo(3);
        assertThat(response.getFirst().medianMinutes())
                .as("60, 180 and 1440 minutes")
                .isEqualTo(180);
        var waiting = fixture.as(
                DemoAccounts.HEAD,
                () -> figures.waitingForRequesters(
                        java.time.LocalDateTime.ofInstant(at(9, 14, 0), java.time.ZoneOffset.UTC), project));
        assertThat(waiting).singleElement().satisfies(w -> {
            assertThat(w.taskId()).isEqualTo(asked);
            assertThat(w.minutes()).isEqualTo(120);
        });
    }

    private int notes(long person, String key) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = ?",
                Integer.class,
                person,
                key);
    }
}
