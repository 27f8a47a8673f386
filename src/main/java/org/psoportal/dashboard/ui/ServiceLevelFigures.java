package org.psoportal.dashboard.ui;

import java.util.List;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.servicelevels.ServiceLevelFigureRows.Compliance;
import org.psoportal.servicelevels.ServiceLevelFigureRows.ResponseTime;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WaitingRequest;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WeekCompliance;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.ChartSeries;

/**
 * The service-level figures: requests done within their target or breached, per request type, per project and per
 * week of the period; the median time to the first response; the requests waiting for their requesters now. Every
 * chart element opens the board where the requests behind it are.
 */
class ServiceLevelFigures extends DashboardSection {

    private Long project;
    private final FigurePanel<Compliance> perType;
    private final FigurePanel<Compliance> perProject;
    private final FigurePanel<WeekCompliance> perWeek;
    private final FigurePanel<ResponseTime> firstResponse;
    private final FigurePanel<WaitingRequest> waiting;

    ServiceLevelFigures() {
        addClassName("pso-figures");
        setId("service-level-figures");
        perType = compliance("sla-per-type", "dashboard.sla.perType", "dashboard.sla.type")
                .drillDown((click, rows) -> DrillDown.board(project));
        perProject = compliance("sla-per-project", "dashboard.sla.perProject", "dashboard.project")
                .drillDown((click, rows) -> DrillDown.board(
                        Long.valueOf(rows.get(click.categoryIndex()).key())));
        perWeek = new FigurePanel<WeekCompliance>(
                        "sla-per-week",
                        t("dashboard.sla.perWeek"),
                        new BarChart(t("dashboard.sla.perWeek"), t("dashboard.sla.perWeek.desc")),
                        rows -> new ChartData(
                                rows.stream()
                                        .map(w -> DashboardFormat.week(w.start()))
                                        .toList(),
                                List.of(
                                        ChartSeries.of(
                                                t("dashboard.sla.met"),
                                                rows.stream()
                                                        .map(WeekCompliance::met)
                                                        .toList()),
                                        ChartSeries.of(
                                                t("dashboard.sla.breached"),
                                                rows.stream()
                                                        .map(WeekCompliance::breached)
                                                        .toList()))),
                        List.of(
                                FigureColumn.text(t("dashboard.sla.week"), w -> DashboardFormat.week(w.start())),
                                FigureColumn.number(t("dashboard.sla.met"), WeekCompliance::met),
                                FigureColumn.number(t("dashboard.sla.breached"), WeekCompliance::breached)))
                .drillDown((click, rows) -> DrillDown.board(project));
        firstResponse = new FigurePanel<ResponseTime>(
                        "sla-first-response",
                        t("dashboard.sla.firstResponse"),
                        new BarChart(t("dashboard.sla.firstResponse"), t("dashboard.sla.firstResponse.desc")),
                        rows -> ChartData.single(
                                t("dashboard.sla.medianHours"),
                                rows.stream().map(ResponseTime::label).toList(),
                                rows.stream().map(r -> hours(r.medianMinutes())).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.sla.type"), ResponseTime::label),
                                FigureColumn.number(t("dashboard.sla.requests"), ResponseTime::requests),
                                FigureColumn.number(t("dashboard.sla.medianHours"), r -> hours(r.medianMinutes()))))
                .withHint(t("dashboard.sla.firstResponse.hint"))
                .drillDown((click, rows) -> DrillDown.board(project));
        waiting = new FigurePanel<WaitingRequest>(
                        "sla-waiting",
                        t("dashboard.sla.waiting"),
                        new BarChart(t("dashboard.sla.waiting"), t("dashboard.sla.waiting.desc")),
                        rows -> ChartData.single(
                                t("dashboard.sla.waitingHours"),
                                rows.stream().map(WaitingRequest::title).toList(),
                                rows.stream().map(r -> hours(r.minutes())).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.sla.request"), WaitingRequest::title),
                                FigureColumn.text(t("dashboard.sla.type"), WaitingRequest::typeName),
                                FigureColumn.text(t("dashboard.project"), WaitingRequest::projectCode),
                                FigureColumn.number(t("dashboard.sla.waitingHours"), r -> hours(r.minutes()))))
                .withHint(t("dashboard.sla.waiting.hint"))
                .drillDown((click, rows) -> new DrillDown("board", new java.util.LinkedHashMap<>())
                        .with(
                                "task",
                                String.valueOf(rows.get(click.categoryIndex()).taskId())));
        add(perType, perProject, perWeek, firstResponse, waiting);
    }

    private FigurePanel<Compliance> compliance(String id, String titleKey, String labelKey) {
        return new FigurePanel<Compliance>(
                id,
                t(titleKey),
                new BarChart(t(titleKey), t(titleKey + ".desc")),
                rows -> new ChartData(
                        rows.stream().map(Compliance::label).toList(),
                        List.of(
                                ChartSeries.of(
                                        t("dashboard.sla.met"),
                                        rows.stream().map(Compliance::met).toList()),
                                ChartSeries.of(
                                        t("dashboard.sla.breached"),
                                        rows.stream().map(Compliance::breached).toList()))),
                List.of(
                        FigureColumn.text(t(labelKey), Compliance::label),
                        FigureColumn.number(t("dashboard.sla.met"), Compliance::met),
                        FigureColumn.number(t("dashboard.sla.breached"), Compliance::breached),
                        FigureColumn.number(t("dashboard.sla.metPercent"), Compliance::metPercent)));
    }

    @Override
    void show(OfficeDashboard d) {
        project = d.filter().projectId();
        perType.setItems(d.slaPerType());
        perProject.setItems(d.slaPerProject());
        perWeek.setItems(d.slaPerWeek());
        firstResponse.setItems(d.firstResponse());
        waiting.setItems(d.waitingForRequesters());
    }

    /** Minutes as hours with one decimal. */
    private static double hours(long minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
