package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.psoportal.admintasks.TaskFigureQueries;
import org.psoportal.admintasks.TaskFigureRows.CycleTime;
import org.psoportal.admintasks.TaskFigureRows.ProjectLoad;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.admintasks.TaskFigureRows.WeekFlow;
import org.psoportal.admintasks.TaskFigureRows.Workload;
import org.psoportal.booking.BookingFigureQueries;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.booking.BookingFigureRows.ProjectHours;
import org.psoportal.booking.BookingFigureRows.UnmetDemand;
import org.psoportal.experts.ExpertCapacityQueries;
import org.psoportal.shared.Count;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every figure against hand-computed answers on a fixture in 2031 (far from the demo data), with the queries given
 * UTC bounds directly (so the portal's zone plays no part). Today is Wednesday 2031-03-12, now is 12:00.
 */
@IntegrationTest
@WithMockUser(roles = "HEAD")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardQueriesTest {

    static final LocalDate TODAY = LocalDate.of(2031, 3, 12);
    static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);
    static final LocalDateTime NOW = TODAY.atTime(12, 0);

    @Autowired
    TaskFigureQueries tasks;

    @Autowired
    BookingFigureQueries experts;

    @Autowired
    ExpertCapacityQueries capacity;

    @Autowired
    JdbcTemplate jdbc;

    long admin1, admin2, requester, expert1, expert2, p1, p2, p3;
    DashboardFixture f3;
    long task1, task2, task3, task4, task5, task13, b1, b2, b5, b6, b7;

    @BeforeAll
    void insertFixture() {
        DashboardFixture f = new DashboardFixture(jdbc);
        long manager = f.person("Manager", "STAFF");
        admin1 = f.person("Admin One", "ADMINISTRATOR");
        admin2 = f.person("Admin Two", "ADMINISTRATOR");
        requester = f.person("Requester", "STAFF");
        expert1 = f.person("Expert One", "EXPERT");
        expert2 = f.person("Expert Two", "EXPERT");
        p1 = f.project("P1", manager);
        p2 = f.project("P2", manager);
        p3 = f.project("P3", manager);
        f3 = f;

        // Open tasks (created at 08:00 of the day; ages at NOW in whole days)
        task1 = f.task(p1, requester, admin1, "OTHER", "TODO", TODAY.minusDays(1), at(-1), null, null);
        task2 = f.task(p1, requester, null, "OTHER", "TODO", TODAY, at(-5), null, null);
        task3 = f.task(p1, requester, admin1, "OTHER", "IN_PROGRESS", TODAY.minusDays(10), at(-20), null, null);
        task4 = f.task(p1, requester, null, "OTHER", "WAITING", null, at(-40), null, null);
        task5 = f.task(p2, requester, admin1, "OTHER", "TODO", TODAY.minusDays(2), at(-3), null, null);
        task13 = f.task(p2, requester, admin1, "OTHER", "TODO", TODAY.plusDays(3), at(-1), null, null);
        // archived while open: counts nowhere
        f.task(p1, requester, admin1, "OTHER", "TODO", TODAY.minusDays(5), at(-2), null, at(-1));
        // Completed: EXPENSES cycle times 1, 2, 3, 4 days; INVOICING 10 days; one INVOICING long before
        f.task(p1, requester, admin1, "EXPENSES", "DONE", null, at(-10), at(-9), null);
        f.task(p1, requester, admin1, "EXPENSES", "DONE", null, at(-12), at(-10), null);
        f.task(p1, requester, admin1, "EXPENSES", "DONE", null, at(-8), at(-5), null);
        f.task(p1, requester, admin1, "EXPENSES", "DONE", null, at(-7), at(-3), null);
        f.task(p1, requester, admin1, "INVOICING", "DONE", null, at(-11), at(-1), null);
        f.task(p1, requester, admin1, "INVOICING", "DONE", null, at(-65), at(-60), null);

        // Experts: E1 Mon-Fri 09-12 + 13-17 (7 h a day), skill SAP only; E2 Mondays 09-17, two skills
        f.expert(expert1, "SAP");
        f.expert(expert2, "SAP", "Power BI");
        for (int day = 1; day <= 5; day++) {
            f.workingHours(expert1, day, "09:00", "12:00");
            f.workingHours(expert1, day, "13:00", "17:00");
        }
        f.workingHours(expert2, 1, "09:00", "17:00");
        f.timeOff(expert1, MONDAY.plusDays(8), MONDAY.plusDays(9)); // Tue+Wed of week 1
        f.timeOff(expert1, MONDAY.plusDays(18), MONDAY.plusDays(21)); // Fri of week 2 .. Mon of week 3
        f.timeOff(expert2, MONDAY.plusWeeks(4), MONDAY.plusWeeks(4).plusDays(6));

        b1 = f.booking(expert1, p1, requester, dt(1, "09:00"), dt(1, "11:00"), "SAP", "CONFIRMED");
        // Sunday 22:00 to Monday 02:00: two hours in week 0, two in week 1; no skill said
        b2 = f.booking(expert1, p1, requester, dt(6, "22:00"), dt(7, "02:00"), null, "REQUESTED");
        f.booking(expert1, p1, requester, dt(2, "09:00"), dt(2, "12:00"), "Excel", "DECLINED");
        f.booking(expert1, p2, requester, dt(3, "09:00"), dt(3, "10:00"), "SAP", "CANCELLED");
        b5 = f.booking(expert1, p2, requester, dt(9, "13:00"), dt(9, "17:00"), "SAP", "CONFIRMED");
        b6 = f.booking(expert2, p2, requester, dt(0, "09:00"), dt(0, "12:00"), null, "REQUESTED");
        b7 = f.booking(expert2, p1, requester, dt(2, "10:00"), dt(2, "11:00"), "Power BI", "CONFIRMED");

        f.refusal(expert1, "SAP", p1, requester, dt(1, "08:00"));
        f.refusal(expert1, "SAP", p1, requester, dt(2, "08:00"));
        f.refusal(null, "Excel", p1, requester, dt(2, "09:00"));
        f.refusal(expert2, null, p2, requester, dt(-7, "09:00"));
    }

    /** Week boundaries when the portal's zone is UTC. */
    private static List<LocalDateTime> utcWeeks(LocalDate firstMonday, int weeks) {
        return DashboardService.weekBoundaries(firstMonday, weeks, ZoneOffset.UTC);
    }

    private static LocalDateTime at(int daysFromToday) {
        return TODAY.plusDays(daysFromToday).atTime(8, 0);
    }

    private static LocalDateTime dt(int daysFromMonday, String time) {
        return MONDAY.plusDays(daysFromMonday).atTime(LocalTime.parse(time));
    }

    @Test
    void openTasksPerColumnIgnoreDoneAndArchived() {
        assertThat(DashboardService.fill(tasks.openPerColumn(p1), OfficeDashboard.OPEN_COLUMNS))
                .extracting(Count::count)
                .containsExactly(2L, 1L, 1L);
        assertThat(tasks.openPerColumn(p2)).containsExactly(new Count("TODO", "TODO", 2));
    }

    @Test
    void openTasksPerColumnOverAllProjectsMatchAnIndependentCount() {
        for (Count c : tasks.openPerColumn(null)) {
            Long expected = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM admin_task WHERE board_column = ? "
                            + "AND completed_at IS NULL AND archived_at IS NULL",
                    Long.class,
                    c.key());
            assertThat(c.count()).as(c.key()).isEqualTo(expected);
        }
    }

    @Test
    void overdueTasksPerProject() {
        assertThat(tasks.overduePerProject(TODAY, p1)).containsExactly(new Count(String.valueOf(p1), code("P1"), 2));
        assertThat(tasks.overduePerProject(TODAY, p2)).containsExactly(new Count(String.valueOf(p2), code("P2"), 1));
        // a day earlier, task 1 (due yesterday) is not overdue yet
        assertThat(tasks.overduePerProject(TODAY.minusDays(1), p1))
                .extracting(Count::count)
                .containsExactly(1L);
    }

    @Test
    void createdAndCompletedPerWeekIncludingEmptyWeeks() {
        LocalDate first = MONDAY.minusWeeks(11);
        List<WeekFlow> flow = tasks.weeklyFlow(first, utcWeeks(first, 12), p1);
        assertThat(flow).hasSize(12);
        assertThat(flow.getFirst().weekStart()).isEqualTo(first);
        // P1 tasks by week (Monday-based, days from today): week 0 = -2..+4, week -1 = -9..-3, week -2 = -16..-10
        // created: week 0: -1, -2 (archived); week -1: -5, -7, -8; week -2: -10, -11, -12; week -3: -20;
        //          week -6: -40; week -9: -65 (a Monday, 2031-01-06)
        // completed: week 0: -1; week -1: -3, -5, -9; week -2: -10; week -9: -60
        assertThat(flow.get(11)).isEqualTo(new WeekFlow(MONDAY, 2, 1));
        assertThat(flow.get(10)).isEqualTo(new WeekFlow(MONDAY.minusWeeks(1), 3, 3));
        assertThat(flow.get(9)).isEqualTo(new WeekFlow(MONDAY.minusWeeks(2), 3, 1));
        assertThat(flow.get(8)).isEqualTo(new WeekFlow(MONDAY.minusWeeks(3), 1, 0));
        assertThat(flow.get(5)).isEqualTo(new WeekFlow(MONDAY.minusWeeks(6), 1, 0));
        assertThat(flow.get(2)).isEqualTo(new WeekFlow(LocalDate.of(2031, 1, 6), 1, 1));
        assertThat(flow.get(0)).isEqualTo(new WeekFlow(first, 0, 0));
        assertThat(flow.stream().mapToLong(WeekFlow::created).sum()).isEqualTo(11);
        assertThat(flow.stream().mapToLong(WeekFlow::completed).sum()).isEqualTo(6);
    }

    @Test
    void weeksFollowTheLocalMondayAcrossADaylightSavingSwitch() {
        // Zurich switches to summer time on Sunday 2031-03-30: Monday 2031-03-31 00:00 local is 03-30 22:00 UTC.
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        LocalDate monday = LocalDate.of(2031, 3, 24);
        List<LocalDateTime> weeks = DashboardService.weekBoundaries(monday, 2, zurich);
        assertThat(weeks)
                .containsExactly(
                        LocalDateTime.of(2031, 3, 23, 23, 0),
                        LocalDateTime.of(2031, 3, 30, 22, 0),
                        LocalDateTime.of(2031, 4, 6, 22, 0));
        // created 00:30 local on the Monday after the switch: in the second week, not the first
        f3.task(p3, requester, null, "OTHER", "TODO", null, LocalDateTime.of(2031, 3, 30, 22, 30), null, null);
        assertThat(tasks.weeklyFlow(monday, weeks, p3))
                .containsExactly(new WeekFlow(monday, 0, 0), new WeekFlow(monday.plusWeeks(1), 1, 0));
    }

    @Test
    void cycleTimeMedianAnd85thPercentilePerType() {
        List<CycleTime> cycle = tasks.cycleTimes(at(-30), TODAY.plusDays(1).atStartOfDay(), p1);
        assertThat(cycle).hasSize(2);
        CycleTime expenses = cycle.get(0);
        assertThat(expenses.taskType()).isEqualTo("EXPENSES");
        assertThat(expenses.tasks()).isEqualTo(4);
        assertThat(expenses.medianDays()).isCloseTo(2.5, within(1e-6)); // (2 + 3) / 2
        assertThat(expenses.p85Days()).isCloseTo(3.55, within(1e-6)); // 3 + 0.55 * (4 - 3)
        CycleTime invoicing = cycle.get(1);
        assertThat(invoicing).isEqualTo(new CycleTime("INVOICING", 1, 10.0, 10.0));
    }

    @Test
    void cycleTimeOfAnEmptyPeriodIsEmpty() {
        assertThat(tasks.cycleTimes(at(-100), at(-90), p1)).isEmpty();
        assertThat(tasks.cycleTimes(at(-30), at(1), p2)).isEmpty();
    }

    @Test
    void workloadCountsUnassignedAndShowsIdleAdministrators() {
        List<Workload> load = tasks.workload(p1);
        assertThat(load)
                .contains(
                        new Workload(admin1, "Admin One " + suffix(), 2),
                        new Workload(null, null, 2),
                        new Workload(admin2, "Admin Two " + suffix(), 0));
        assertThat(load.stream().mapToLong(Workload::openTasks).sum()).isEqualTo(4);
        assertThat(tasks.workload(p2))
                .contains(new Workload(admin1, "Admin One " + suffix(), 2))
                .noneMatch(w -> w.assigneeId() == null);
    }

    @Test
    void openTasksPerProjectByColumn() {
        assertThat(tasks.openPerProject(p1)).containsExactly(new ProjectLoad(p1, code("P1"), 2, 1, 1));
    }

    @Test
    void ageOfOpenTasksInBuckets() {
        assertThat(DashboardService.fill(tasks.ageBuckets(NOW, p1), OfficeDashboard.AGE_BUCKETS))
                .extracting(Count::count)
                .containsExactly(1L, 1L, 0L, 1L, 1L);
        assertThat(DashboardService.fill(tasks.ageBuckets(NOW, p2), OfficeDashboard.AGE_BUCKETS))
                .extracting(Count::count)
                .containsExactly(1L, 1L, 0L, 0L, 0L);
    }

    @Test
    void tasksDueToday() {
        assertThat(tasks.dueOn(TODAY, p1)).extracting(TaskRow::taskId).containsExactly(task2);
        assertThat(tasks.dueOn(TODAY, p2)).isEmpty();
    }

    @Test
    void utilisationSplitsBookingsAtWeekBoundariesAndSubtractsTimeOff() {
        List<Utilisation> all = Utilisation.of(
                capacity.availablePerWeek(MONDAY, utcWeeks(MONDAY, 5)),
                experts.bookedHoursPerExpertAndWeek(MONDAY, utcWeeks(MONDAY, 5)));
        List<Utilisation> e1 = all.stream().filter(u -> u.expertId() == expert1).toList();
        assertThat(e1)
                .extracting(Utilisation::weekStart)
                .containsExactly(
                        MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3), MONDAY.plusWeeks(4));
        assertThat(e1).extracting(Utilisation::availableHours).containsExactly(35.0, 21.0, 28.0, 28.0, 35.0);
        assertThat(e1).extracting(Utilisation::bookedHours).containsExactly(4.0, 6.0, 0.0, 0.0, 0.0);
        assertThat(e1.getFirst().percent()).isEqualTo(11.4);
        List<Utilisation> e2 = all.stream().filter(u -> u.expertId() == expert2).toList();
        assertThat(e2).extracting(Utilisation::availableHours).containsExactly(8.0, 8.0, 8.0, 8.0, 0.0);
        assertThat(e2).extracting(Utilisation::bookedHours).containsExactly(4.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(e2.getFirst().percent()).isEqualTo(50.0);
        assertThat(e2.getLast().percent()).isZero();
    }

    @Test
    void bookedHoursPerProjectCountOnlyThePartInsideThePeriod() {
        LocalDateTime from = MONDAY.atStartOfDay();
        assertThat(experts.bookedHoursPerProject(from, from.plusDays(7), p1))
                .containsExactly(new ProjectHours(p1, code("P1"), 5.0));
        assertThat(experts.bookedHoursPerProject(from, from.plusDays(14), p1))
                .containsExactly(new ProjectHours(p1, code("P1"), 7.0));
        assertThat(experts.bookedHoursPerProject(from, from.plusDays(7), p2))
                .containsExactly(new ProjectHours(p2, code("P2"), 3.0));
        assertThat(experts.bookedHoursPerProject(from.plusDays(30), from.plusDays(40), p1))
                .isEmpty();
    }

    @Test
    void mostRequestedSkillsCountWhatTheBookersAskedForAndNothingElse() {
        LocalDateTime from = MONDAY.atStartOfDay();
        // b2 names no skill: it counts as not specified, not as its expert's only skill (SAP)
        assertThat(experts.requestedSkills(from, from.plusDays(7), p1))
                .containsExactly(
                        new Count("", "", 1),
                        new Count("Excel", "Excel", 1),
                        new Count("Power BI", "Power BI", 1),
                        new Count("SAP", "SAP", 1));
        assertThat(experts.requestedSkills(from, from.plusDays(7), p2)).containsExactly(new Count("", "", 1));
    }

    @Test
    void unmetDemandPerSkillAndExpertInThePeriod() {
        LocalDateTime from = MONDAY.atStartOfDay();
        assertThat(experts.unmetDemand(from, from.plusDays(7), p1))
                .containsExactly(
                        new UnmetDemand("SAP", expert1, "Expert One " + suffix(), 2),
                        new UnmetDemand("Excel", null, null, 1));
        assertThat(experts.unmetDemand(from, from.plusDays(7), p2)).isEmpty();
        assertThat(experts.unmetDemand(from.minusDays(7), from, p2)).hasSize(1);
    }

    @Test
    void bookingsToday() {
        LocalDateTime from = TODAY.atStartOfDay();
        assertThat(experts.bookingsBetween(from, from.plusDays(1), p1))
                .extracting(BookingRow::bookingId)
                .containsExactly(b7);
        assertThat(experts.bookingsBetween(from, from.plusDays(1), p2)).isEmpty();
    }

    @Test
    void overviewOfStaffAdministratorAndExpert() {
        assertThat(tasks.requestsOf(requester, TODAY, 5))
                .extracting(TaskRow::taskId)
                .containsExactly(task3, task5, task1, task2, task13);
        List<TaskRow> mine = tasks.openTasksAssignedTo(admin1, TODAY, 10);
        assertThat(mine).extracting(TaskRow::taskId).containsExactly(task3, task5, task1, task13);
        assertThat(mine).extracting(TaskRow::overdue).containsExactly(true, true, true, false);
        assertThat(experts.upcomingBookingsBy(requester, NOW, 10))
                .extracting(BookingRow::bookingId)
                .containsExactly(b2, b5);
        assertThat(experts.expertBookings(
                        expert1, MONDAY.atStartOfDay(), MONDAY.plusDays(7).atStartOfDay(), 10))
                .extracting(BookingRow::bookingId)
                .containsExactly(b1, b2);
        assertThat(experts.awaitingApproval(expert1, NOW, 10))
                .extracting(BookingRow::bookingId)
                .containsExactly(b2);
        assertThat(experts.awaitingApproval(expert2, NOW, 10)).isEmpty();
    }

    private String suffix() {
        return jdbc.queryForObject(
                "SELECT SUBSTRING_INDEX(full_name, ' ', -1) FROM person WHERE id = ?", String.class, admin1);
    }

    private String code(String prefix) {
        return prefix + "-" + suffix();
    }
}
