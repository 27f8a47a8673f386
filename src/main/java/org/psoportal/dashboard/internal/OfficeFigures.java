package org.psoportal.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.psoportal.admintasks.TaskFigureQueries;
import org.psoportal.booking.BookingFigureQueries;
import org.psoportal.experts.ExpertCapacityQueries;
import org.psoportal.servicelevels.ServiceLevelFigureQueries;
import org.psoportal.shared.db.SqlParams;
import org.psoportal.training.TrainingFigureQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the head's dashboard from the figures the task, booking, expert and training owners publish: 22
 * aggregate statements in one read-only transaction (one snapshot across all). Package-private and without
 * an access check of its own: only {@link DashboardService#office}, which admits the head alone, reaches it (through
 * {@link SharedOfficeFigures}).
 */
@Component
class OfficeFigures {

    /** The first row of the first-response figure, over all request types. */
    static final String ALL_REQUESTS = "All requests";

    private final TaskFigureQueries tasks;
    private final BookingFigureQueries experts;
    private final ExpertCapacityQueries capacity;
    private final TrainingFigureQueries training;
    private final ServiceLevelFigureQueries serviceLevels;
    private final Clock clock;
    private final ZoneId zone;

    OfficeFigures(
            TaskFigureQueries tasks,
            BookingFigureQueries experts,
            ExpertCapacityQueries capacity,
            TrainingFigureQueries training,
            ServiceLevelFigureQueries serviceLevels,
            Clock clock,
            ZoneId zone) {
        this.tasks = tasks;
        this.experts = experts;
        this.capacity = capacity;
        this.training = training;
        this.serviceLevels = serviceLevels;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public OfficeDashboard compute(DashboardFilter filter, LocalDate today) {
        ZonedDateTime now = clock.instant().atZone(zone);
        Long project = filter.projectId();
        LocalDateTime from = utcStartOf(filter.period().from());
        LocalDateTime to = utcStartOf(filter.period().endExclusive());
        LocalDate thisMonday = DashboardPeriod.weekStart(today);
        LocalDate firstFlowWeek = thisMonday.minusWeeks(OfficeDashboard.FLOW_WEEKS - 1L);
        List<LocalDateTime> utilisationWeeks =
                DashboardService.weekBoundaries(thisMonday, OfficeDashboard.UTILISATION_WEEKS, zone);
        return new OfficeDashboard(
                filter,
                today,
                now,
                DashboardService.fill(tasks.openPerColumn(project), OfficeDashboard.OPEN_COLUMNS),
                tasks.overduePerProject(today, project),
                tasks.weeklyFlow(
                        firstFlowWeek,
                        DashboardService.weekBoundaries(firstFlowWeek, OfficeDashboard.FLOW_WEEKS, zone),
                        project),
                tasks.cycleTimes(from, to, project),
                tasks.workload(project),
                tasks.openPerProject(project),
                DashboardService.fill(
                        tasks.ageBuckets(SqlParams.utc(now.toInstant()), project), OfficeDashboard.AGE_BUCKETS),
                Utilisation.of(
                        capacity.availablePerWeek(thisMonday, utilisationWeeks),
                        experts.bookedHoursPerExpertAndWeek(thisMonday, utilisationWeeks)),
                experts.bookedHoursPerProject(from, to, project),
                experts.requestedSkills(from, to, project),
                experts.unmetDemand(from, to, project),
                experts.bookingsBetween(utcStartOf(today), utcStartOf(today.plusDays(1)), project),
                tasks.dueOn(today, project),
                training.perPeriod(filter.period().steps(), SqlParams.utc(now.toInstant()), project),
                training.waitlistDemand(from, to, project),
                serviceLevels.perType(from, to, project),
                serviceLevels.perProject(from, to, project),
                serviceLevels.perWeek(
                        filter.period().steps(),
                        filter.period().steps().stream().map(this::utcStartOf).toList(),
                        project),
                serviceLevels.firstResponse(from, to, project, ALL_REQUESTS),
                serviceLevels.waitingForRequesters(SqlParams.utc(now.toInstant()), project));
    }

    private LocalDateTime utcStartOf(LocalDate day) {
        return SqlParams.utcStartOf(day, zone);
    }
}
