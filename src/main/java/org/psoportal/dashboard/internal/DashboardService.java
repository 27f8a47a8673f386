package org.psoportal.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.admintasks.TaskFigureQueries;
import org.psoportal.booking.BookingFigureQueries;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.Count;
import org.psoportal.shared.db.SqlParams;
import org.psoportal.training.TrainingFigureQueries;
import org.psoportal.training.TrainingFigureRows.SessionFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures for the head's dashboard and everyone's personal overview, composed from the queries the owners
 * of the tasks, bookings and training sessions publish ({@link TaskFigureQueries}, {@link BookingFigureQueries},
 * {@link TrainingFigureQueries}); every number is an
 * aggregate query in MariaDB (docs/adr/0001-dashboard-reads-with-sql.md). This class only turns the portal's local
 * days into UTC bounds, fills in empty categories and checks who may see what.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class DashboardService {

    static final int LIST_LIMIT = 30;

    /** The sessions behind a training figure: a quarter's sessions fit, a longer custom range is cut. */
    public static final int SESSION_LIST_LIMIT = 200;

    private final SharedOfficeFigures shared;
    private final TaskFigureQueries tasks;
    private final BookingFigureQueries bookings;
    private final TrainingFigureQueries training;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    DashboardService(
            SharedOfficeFigures shared,
            TaskFigureQueries tasks,
            BookingFigureQueries bookings,
            TrainingFigureQueries training,
            CurrentUser currentUser,
            Clock clock,
            ZoneId zone) {
        this.shared = shared;
        this.tasks = tasks;
        this.bookings = bookings;
        this.training = training;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The head's figures for {@code filter} today: shared with every other dashboard showing the same filter and
     * recomputed at most every few seconds after a change ({@link SharedOfficeFigures}); the time they were read is
     * {@link OfficeDashboard#updatedAt()}. Not one transaction around the call: someone waiting for the computation
     * in flight holds no database connection.
     */
    @PreAuthorize(Access.HEAD_ONLY)
    public OfficeDashboard office(DashboardFilter filter) {
        return shared.get(filter, today());
    }

    /**
     * The drill-down of the training figures: the scheduled sessions starting on the days {@code from} to {@code to}
     * (inclusive), of a skill when given ("" = sessions without one), with the project's registrations; only those
     * that have started when {@code heldOnly} (the sessions behind "sessions held", seats and hours saved).
     */
    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional(readOnly = true)
    public List<SessionFigures> trainingSessions(
            LocalDate from, LocalDate to, Long projectId, String skill, boolean heldOnly) {
        LocalDateTime end = utcStartOf(to.plusDays(1));
        LocalDateTime now = SqlParams.utc(clock.instant());
        if (heldOnly && now.isBefore(end)) {
            end = now;
        }
        return training.sessions(utcStartOf(from), end, projectId, skill, SESSION_LIST_LIMIT);
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
        return new PersonalOverview(
                staff,
                admin,
                expert,
                staff ? tasks.requestsOf(me, today, LIST_LIMIT) : List.of(),
                staff ? bookings.upcomingBookingsBy(me, now, LIST_LIMIT) : List.of(),
                admin ? tasks.openTasksAssignedTo(me, today, LIST_LIMIT) : List.of(),
                expert
                        ? bookings.expertBookings(me, utcStartOf(monday), utcStartOf(monday.plusWeeks(1)), LIST_LIMIT)
                        : List.of(),
                expert ? bookings.awaitingApproval(me, now, LIST_LIMIT) : List.of());
    }

    /** The UTC instants of Monday 00:00 (portal zone) starting each of {@code weeks} weeks, and the end of the last. */
    static List<LocalDateTime> weekBoundaries(LocalDate firstMonday, int weeks, ZoneId zone) {
        List<LocalDateTime> boundaries = new ArrayList<>();
        for (int i = 0; i <= weeks; i++) {
            boundaries.add(SqlParams.utcStartOf(firstMonday.plusWeeks(i), zone));
        }
        return boundaries;
    }

    private LocalDateTime utcStartOf(LocalDate day) {
        return SqlParams.utcStartOf(day, zone);
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
