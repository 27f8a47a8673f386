package org.psoportal.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.booking.BookingFigureRows.ProjectHours;
import org.psoportal.booking.BookingFigureRows.UnmetDemand;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.dashboard.internal.Utilisation;
import org.psoportal.shared.Count;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.ChartSeries;
import org.psoportal.shared.ui.chart.DonutChart;
import org.psoportal.shared.ui.chart.GaugeChart;

/** The expert figures: utilisation, demand per project, requested skills and unmet demand. */
class ExpertFigures extends DashboardSection {

    private LocalDate today;
    private final FigurePanel<Utilisation> team;
    private final FigurePanel<Utilisation> utilisation;
    private final FigurePanel<ProjectHours> hours;
    private final FigurePanel<Count> skills;
    private final FigurePanel<UnmetDemand> unmet;

    ExpertFigures() {
        addClassName("pso-figures");
        GaugeChart gauge = new GaugeChart(t("dashboard.team"), t("dashboard.team.desc"));
        gauge.setMax(150);
        gauge.setWarnAbove(100);
        gauge.setValueFormat(v -> FigureColumn.format(v) + " %");
        team = new FigurePanel<>(
                        "team-utilisation",
                        t("dashboard.team"),
                        gauge,
                        rows -> ChartData.single(
                                t("dashboard.utilisationPercent"),
                                List.of(t("dashboard.thisWeek")),
                                List.of(rows.isEmpty() ? 0 : rows.getFirst().percent())),
                        List.of(
                                FigureColumn.number(t("dashboard.bookedHours"), Utilisation::bookedHours),
                                FigureColumn.number(t("dashboard.availableHours"), Utilisation::availableHours),
                                FigureColumn.number(t("dashboard.utilisationPercent"), Utilisation::percent)))
                .drillDown((click, rows) -> DrillDown.expertsWithSkill(null));
        utilisation = new FigurePanel<>(
                        "utilisation",
                        t("dashboard.utilisation"),
                        new BarChart(t("dashboard.utilisation"), t("dashboard.utilisation.desc")),
                        this::utilisationChart,
                        List.of(
                                FigureColumn.text(t("dashboard.expert"), Utilisation::expertName),
                                FigureColumn.text(
                                        t("dashboard.week"), u -> u.weekStart().toString()),
                                FigureColumn.number(t("dashboard.bookedHours"), Utilisation::bookedHours),
                                FigureColumn.number(t("dashboard.availableHours"), Utilisation::availableHours),
                                FigureColumn.number(t("dashboard.utilisationPercent"), Utilisation::percent)))
                .withHint(t("dashboard.utilisation.hint"))
                .drillDown((click, rows) -> {
                    long expertId = rows.stream()
                            .map(Utilisation::expertId)
                            .distinct()
                            .toList()
                            .get(click.categoryIndex());
                    return DrillDown.expertWeek(expertId, today.plusWeeks(click.seriesIndex()));
                });
        utilisation.chart().setValueFormat(v -> FigureColumn.format(v) + " %");
        hours = new FigurePanel<>(
                        "hours-per-project",
                        t("dashboard.hours"),
                        new DonutChart(t("dashboard.hours"), t("dashboard.hours.desc")),
                        rows -> ChartData.single(
                                t("dashboard.bookedHours"),
                                rows.stream().map(ProjectHours::projectCode).toList(),
                                rows.stream().map(ProjectHours::hours).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.project"), ProjectHours::projectCode),
                                FigureColumn.number(t("dashboard.bookedHours"), ProjectHours::hours)))
                .drillDown((click, rows) ->
                        DrillDown.board(rows.get(click.categoryIndex()).projectId()));
        skills = new FigurePanel<>(
                        "skills",
                        t("dashboard.skills"),
                        new BarChart(t("dashboard.skills"), t("dashboard.skills.desc")),
                        rows -> ChartData.single(
                                t("dashboard.requests"),
                                rows.stream().map(this::skill).toList(),
                                rows.stream().map(Count::count).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.skill"), this::skill),
                                FigureColumn.number(t("dashboard.requests"), Count::count)))
                .drillDown((click, rows) -> DrillDown.expertsWithSkill(
                        rows.get(click.categoryIndex()).key()));
        unmet = new FigurePanel<>(
                        "unmet-demand",
                        t("dashboard.unmet"),
                        new BarChart(t("dashboard.unmet"), t("dashboard.unmet.desc")),
                        rows -> ChartData.single(
                                t("dashboard.refusals"),
                                rows.stream().map(this::unmetLabel).toList(),
                                rows.stream().map(UnmetDemand::refusals).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.skill"), r -> r.skill() == null ? "" : r.skill()),
                                FigureColumn.text(
                                        t("dashboard.expert"), r -> r.expertName() == null ? "" : r.expertName()),
                                FigureColumn.number(t("dashboard.refusals"), UnmetDemand::refusals)))
                .drillDown((click, rows) -> {
                    UnmetDemand u = rows.get(click.categoryIndex());
                    return u.expertId() != null
                            ? DrillDown.expertWeek(u.expertId(), today)
                            : DrillDown.expertsWithSkill(u.skill());
                });
        add(team, utilisation, hours, skills, unmet);
    }

    @Override
    void show(OfficeDashboard d) {
        today = d.today();
        team.setItems(List.of(teamThisWeek(d.utilisation())));
        utilisation.setItems(d.utilisation());
        hours.setItems(d.bookedHoursPerProject());
        skills.setItems(d.requestedSkills());
        unmet.setItems(d.unmetDemand());
    }

    /** All experts together this week: the sum of the per-expert aggregates of the first week. */
    private Utilisation teamThisWeek(List<Utilisation> rows) {
        LocalDate week = rows.stream()
                .map(Utilisation::weekStart)
                .min(LocalDate::compareTo)
                .orElse(today);
        List<Utilisation> first =
                rows.stream().filter(u -> u.weekStart().equals(week)).toList();
        return new Utilisation(
                0,
                t("dashboard.team"),
                week,
                first.stream().mapToDouble(Utilisation::bookedHours).sum(),
                first.stream().mapToDouble(Utilisation::availableHours).sum());
    }

    /** Experts as categories, one series per week (this week and the next four), values in percent. */
    private ChartData utilisationChart(List<Utilisation> rows) {
        Map<Long, List<Double>> byExpert = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        List<LocalDate> weeks =
                rows.stream().map(Utilisation::weekStart).distinct().sorted().toList();
        for (Utilisation u : rows) {
            byExpert.computeIfAbsent(u.expertId(), k -> new ArrayList<>()).add(u.percent());
            names.put(u.expertId(), u.expertName());
        }
        List<ChartSeries> series = new ArrayList<>();
        for (int w = 0; w < weeks.size(); w++) {
            int week = w;
            series.add(new ChartSeries(
                    DashboardFormat.week(weeks.get(w)),
                    byExpert.values().stream().map(values -> values.get(week)).toList()));
        }
        return new ChartData(List.copyOf(names.values()), series);
    }

    private String skill(Count c) {
        return c.key().isEmpty() ? t("dashboard.skill.unspecified") : c.key();
    }

    private String unmetLabel(UnmetDemand u) {
        String skill = u.skill() == null ? t("dashboard.skill.unspecified") : u.skill();
        return u.expertName() == null ? skill : skill + " · " + u.expertName();
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
