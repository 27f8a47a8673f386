package org.psoportal.dashboard.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.psoportal.admintasks.TaskFigureRows.CycleTime;
import org.psoportal.admintasks.TaskFigureRows.ProjectLoad;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.admintasks.TaskFigureRows.WeekFlow;
import org.psoportal.admintasks.TaskFigureRows.Workload;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.booking.BookingFigureRows.ProjectHours;
import org.psoportal.booking.BookingFigureRows.UnmetDemand;
import org.psoportal.servicelevels.ServiceLevelFigureRows.Compliance;
import org.psoportal.servicelevels.ServiceLevelFigureRows.ResponseTime;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WaitingRequest;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WeekCompliance;
import org.psoportal.shared.Count;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;
import org.psoportal.training.TrainingFigureRows.WaitlistDemand;

/**
 * Every figure of the head's dashboard, read in one read-only transaction (one consistent snapshot) that started at
 * {@code updatedAt} (portal time zone). The figures are shared by every dashboard with the same filter and may be a
 * few seconds behind the latest change (SharedOfficeFigures).
 */
public record OfficeDashboard(
        DashboardFilter filter,
        LocalDate today,
        ZonedDateTime updatedAt,
        List<Count> openPerColumn,
        List<Count> overduePerProject,
        List<WeekFlow> weeklyFlow,
        List<CycleTime> cycleTimes,
        List<Workload> workload,
        List<ProjectLoad> openPerProject,
        List<Count> ageBuckets,
        List<Utilisation> utilisation,
        List<ProjectHours> bookedHoursPerProject,
        List<Count> requestedSkills,
        List<UnmetDemand> unmetDemand,
        List<BookingRow> bookingsToday,
        List<TaskRow> tasksDueToday,
        List<TrainingPeriod> trainingPerPeriod,
        List<WaitlistDemand> waitlistDemand,
        List<Compliance> slaPerType,
        List<Compliance> slaPerProject,
        List<WeekCompliance> slaPerWeek,
        List<ResponseTime> firstResponse,
        List<WaitingRequest> waitingForRequesters)
        implements Serializable {

    /** The open board columns in board order. */
    public static final List<String> OPEN_COLUMNS = List.of("TODO", "IN_PROGRESS", "WAITING");

    public static final List<String> AGE_BUCKETS = List.of("0-2", "3-7", "8-14", "15-30", "31+");
    public static final int FLOW_WEEKS = 12;
    public static final int UTILISATION_WEEKS = 5;
}
