package org.psoportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.dashboard.Figures.Count;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures for the head's dashboard and everyone's personal overview. Every number is an aggregate query in
 * MariaDB (docs/adr/0001-dashboard-reads-with-sql.md); this class only turns the portal's local days into UTC
 * bounds, fills in empty categories and checks who may see what.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DashboardService {

    static final int LIST_LIMIT = 30;

    private final TaskFigureQueries tasks;
    private final ExpertFigureQueries experts;
    private final OverviewQueries overview;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    DashboardService(TaskFigureQueries tasks, ExpertFigureQueries experts, OverviewQueries overview,
            CurrentUser currentUser, Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.experts = experts;
        this.overview = overview;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    @PreAuthorize("hasRole('HEAD')")
    @Transactional(readOnly = true)
    public OfficeDashboard office(DashboardFilter filter) {
        LocalDate today = today();
        Long project = filter.projectId();
        LocalDateTime from = utcStartOf(filter.period().from());
        LocalDateTime to = utcStartOf(filter.period().endExclusive());
        LocalDate thisMonday = DashboardPeriod.weekStart(today);
        LocalDate firstFlowWeek = thisMonday.minusWeeks(OfficeDashboard.FLOW_WEEKS - 1L);
        return new OfficeDashboard(filter, today,
                fill(tasks.openPerColumn(project), OfficeDashboard.OPEN_COLUMNS),
                tasks.overduePerProject(today, project),
                tasks.weeklyFlow(firstFlowWeek, weekBoundaries(firstFlowWeek, OfficeDashboard.FLOW_WEEKS), project),
                tasks.cycleTimes(from, to, project),
                tasks.workload(project),
                tasks.openPerProject(project),
                fill(tasks.ageBuckets(SqlParams.utc(clock.instant()), project), OfficeDashboard.AGE_BUCKETS),
                experts.utilisation(thisMonday, weekBoundaries(thisMonday, OfficeDashboard.UTILISATION_WEEKS)),
                experts.bookedHoursPerProject(from, to, project),
                experts.requestedSkills(from, to, project),
                experts.unmetDemand(from, to, project),
                experts.bookingsBetween(utcStartOf(today), utcStartOf(today.plusDays(1)), project),
                tasks.dueOn(today, project));
    }

    @Transactional(readOnly = true)
    public PersonalOverview personalOverview() {
        long me = currentUser.personId();
        LocalDate today = today();
        LocalDateTime now = SqlParams.utc(clock.instant());
        boolean staff = currentUser.hasRole(Role.STAFF);
        boolean admin = currentUser.hasRole(Role.ADMINISTRATOR);
        boolean expert = currentUser.hasRole(Role.EXPERT);
        LocalDate monday = DashboardPeriod.weekStart(today);
        return new PersonalOverview(staff, admin, expert,
                staff ? overview.requestsOf(me, today, LIST_LIMIT) : List.of(),
                staff ? overview.upcomingBookingsBy(me, now, LIST_LIMIT) : List.of(),
                admin ? overview.openTasksAssignedTo(me, today, LIST_LIMIT) : List.of(),
                expert ? overview.expertBookings(me, utcStartOf(monday), utcStartOf(monday.plusWeeks(1)), LIST_LIMIT)
                        : List.of(),
                expert ? overview.awaitingApproval(me, now, LIST_LIMIT) : List.of());
    }

    /** The UTC instants of Monday 00:00 (portal zone) starting each of {@code weeks} weeks, and the end of the last. */
    private List<LocalDateTime> weekBoundaries(LocalDate firstMonday, int weeks) {
        return weekBoundaries(firstMonday, weeks, zone);
    }

    static List<LocalDateTime> weekBoundaries(LocalDate firstMonday, int weeks, ZoneId zone) {
        List<LocalDateTime> boundaries = new ArrayList<>();
        for (int i = 0; i <= weeks; i++) {
            boundaries.add(SqlParams.utc(firstMonday.plusWeeks(i).atStartOfDay(zone).toInstant()));
        }
        return boundaries;
    }

    private LocalDateTime utcStartOf(LocalDate day) {
        return SqlParams.utc(day.atStartOfDay(zone).toInstant());
    }

    /** Puts the counts in the given order and adds the keys the query found no rows for, with 0. */
    static List<Count> fill(List<Count> counts, List<String> keys) {
        Map<String, Count> byKey = counts.stream().collect(Collectors.toMap(Count::key, Function.identity()));
        List<Count> filled = new ArrayList<>();
        for (String key : keys) {
            filled.add(byKey.getOrDefault(key, new Count(key, key, 0)));
        }
        return filled;
    }
}
