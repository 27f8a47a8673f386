package org.psoportal.dashboard.ui;

import java.util.List;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.ChartSeries;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;
import org.psoportal.training.TrainingFigureRows.WaitlistDemand;

/**
 * The training-session figures: sessions and seats, attendance and one-to-one hours saved per week of the period (per
 * month for long custom ranges), and the waitlist per skill. Every chart element opens the sessions behind it.
 */
class TrainingFigures extends DashboardSection {

    private Long project;
    private final FigurePanel<TrainingPeriod> seats;
    private final FigurePanel<TrainingPeriod> attendance;
    private final FigurePanel<TrainingPeriod> hoursSaved;
    private final FigurePanel<WaitlistDemand> waitlist;
    private List<TrainingPeriod> periods = List.of();

    TrainingFigures() {
        addClassName("pso-figures");
        setId("training-figures");
        FigureColumn<TrainingPeriod> period =
                new FigureColumn<>(t("dashboard.training.period"), DashboardFormat::days, DashboardFormat::days);
        seats = new FigurePanel<>(
                        "training-seats",
                        t("dashboard.training.seats"),
                        new BarChart(t("dashboard.training.seats"), t("dashboard.training.seats.desc")),
                        rows -> new ChartData(
                                labels(rows),
                                List.of(
                                        ChartSeries.of(
                                                // short: the legend gives each series the room of "Seats filled"
                                                t("dashboard.training.sessions"),
                                                rows.stream()
                                                        .map(TrainingPeriod::sessionsHeld)
                                                        .toList()),
                                        ChartSeries.of(
                                                t("dashboard.training.seatsOffered"),
                                                rows.stream()
                                                        .map(TrainingPeriod::seatsOffered)
                                                        .toList()),
                                        ChartSeries.of(
                                                t("dashboard.training.seatsFilled"),
                                                rows.stream()
                                                        .map(TrainingPeriod::seatsFilled)
                                                        .toList()))),
                        List.of(
                                period,
                                FigureColumn.number(t("dashboard.training.held"), TrainingPeriod::sessionsHeld),
                                FigureColumn.number(t("dashboard.training.seatsOffered"), TrainingPeriod::seatsOffered),
                                FigureColumn.number(t("dashboard.training.seatsFilled"), TrainingPeriod::seatsFilled)))
                .drillDown((click, rows) -> held(rows.get(click.categoryIndex())));
        attendance = new FigurePanel<>(
                        "training-attendance",
                        t("dashboard.training.attendance"),
                        new BarChart(t("dashboard.training.attendance"), t("dashboard.training.attendance.desc")),
                        rows -> ChartData.single(
                                t("dashboard.training.attendancePercent"),
                                labels(rows),
                                rows.stream()
                                        .map(TrainingPeriod::attendancePercent)
                                        .toList()),
                        List.of(
                                period,
                                FigureColumn.number(t("dashboard.training.marked"), TrainingPeriod::attendanceMarked),
                                FigureColumn.number(t("dashboard.training.attended"), TrainingPeriod::attended),
                                FigureColumn.number(
                                        t("dashboard.training.attendancePercent"), TrainingPeriod::attendancePercent)))
                .withHint(t("dashboard.training.attendance.hint"))
                .drillDown((click, rows) -> held(rows.get(click.categoryIndex())));
        attendance.chart().setValueFormat(v -> FigureColumn.format(v) + " %");
        hoursSaved = new FigurePanel<>(
                        "training-hours-saved",
                        t("dashboard.training.hoursSaved"),
                        new BarChart(t("dashboard.training.hoursSaved"), t("dashboard.training.hoursSaved.desc")),
                        rows -> ChartData.single(
                                t("dashboard.training.hours"),
                                labels(rows),
                                rows.stream().map(TrainingPeriod::hoursSaved).toList()),
                        List.of(
                                period,
                                FigureColumn.number(t("dashboard.training.held"), TrainingPeriod::sessionsHeld),
                                FigureColumn.number(t("dashboard.training.seatsFilled"), TrainingPeriod::seatsFilled),
                                FigureColumn.number(t("dashboard.training.hours"), TrainingPeriod::hoursSaved)))
                .withHint(t("dashboard.training.hoursSaved.hint"))
                .drillDown((click, rows) -> held(rows.get(click.categoryIndex())));
        waitlist = new FigurePanel<>(
                        "training-waitlist",
                        t("dashboard.training.waitlist"),
                        new BarChart(t("dashboard.training.waitlist"), t("dashboard.training.waitlist.desc")),
                        rows -> ChartData.single(
                                t("dashboard.training.waiting"),
                                rows.stream().map(this::skill).toList(),
                                rows.stream().map(WaitlistDemand::people).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.skill"), this::skill),
                                FigureColumn.number(t("dashboard.training.waiting"), WaitlistDemand::people),
                                FigureColumn.number(t("dashboard.training.places"), WaitlistDemand::places),
                                FigureColumn.number(t("dashboard.training.sessions"), WaitlistDemand::sessions)))
                .withHint(t("dashboard.training.waitlist.hint"))
                .drillDown((click, rows) -> ofSkill(rows.get(click.categoryIndex())));
        add(seats, attendance, hoursSaved, waitlist);
    }

    @Override
    void show(OfficeDashboard d) {
        project = d.filter().projectId();
        periods = d.trainingPerPeriod();
        seats.setItems(periods);
        // a week without marked attendance has no rate (not 0 %): it is left out of this figure
        attendance.setItems(
                periods.stream().filter(p -> p.attendanceMarked() > 0).toList());
        hoursSaved.setItems(periods);
        waitlist.setItems(d.waitlistDemand());
    }

    /** The sessions held in a period of the chart. */
    private DrillDown held(TrainingPeriod p) {
        return DrillDown.trainingSessions(p.start(), p.endExclusive().minusDays(1), project, null, true);
    }

    /** The sessions of the whole period of one skill, held or still to come. */
    private DrillDown ofSkill(WaitlistDemand w) {
        if (periods.isEmpty()) {
            return null;
        }
        return DrillDown.trainingSessions(
                periods.getFirst().start(), periods.getLast().endExclusive().minusDays(1), project, w.skill(), false);
    }

    /** Weeks as "W49", the months of a long range as "2026-12". */
    private static List<String> labels(List<TrainingPeriod> rows) {
        return rows.stream()
                .map(p -> p.start().plusDays(7).isBefore(p.endExclusive())
                        ? DashboardFormat.month(p.start())
                        : DashboardFormat.week(p.start()))
                .toList();
    }

    private String skill(WaitlistDemand w) {
        return w.skill().isEmpty() ? t("dashboard.skill.unspecified") : w.skill();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
