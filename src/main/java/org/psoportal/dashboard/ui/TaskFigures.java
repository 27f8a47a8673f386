package org.psoportal.dashboard.ui;

import java.util.List;
import org.psoportal.admintasks.TaskFigureRows;
import org.psoportal.admintasks.TaskFigureRows.CycleTime;
import org.psoportal.admintasks.TaskFigureRows.ProjectLoad;
import org.psoportal.admintasks.TaskFigureRows.WeekFlow;
import org.psoportal.admintasks.TaskFigureRows.Workload;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.shared.Count;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.ChartSeries;
import org.psoportal.shared.ui.chart.LineChart;

/** The admin-work figures of the dashboard; every chart element opens the board filtered to what it shows. */
class TaskFigures extends DashboardSection {

    private Long project;
    private final FigurePanel<Count> perColumn;
    private final FigurePanel<Count> overdue;
    private final FigurePanel<WeekFlow> flow;
    private final FigurePanel<CycleTime> cycle;
    private final FigurePanel<Workload> workload;
    private final FigurePanel<ProjectLoad> perProject;
    private final FigurePanel<Count> age;

    TaskFigures() {
        addClassName("pso-figures");
        String count = t("dashboard.count");
        perColumn = new FigurePanel<>(
                        "open-per-column",
                        t("dashboard.openPerColumn"),
                        new BarChart(t("dashboard.openPerColumn"), t("dashboard.openPerColumn.desc")),
                        rows -> ChartData.single(
                                count,
                                rows.stream().map(r -> column(r.key())).toList(),
                                rows.stream().map(Count::count).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.column"), r -> column(r.key())),
                                FigureColumn.number(count, Count::count)))
                .drillDown((click, rows) -> DrillDown.board(project)
                        .with("column", rows.get(click.categoryIndex()).key()));
        overdue = new FigurePanel<>(
                        "overdue",
                        t("dashboard.overdue"),
                        new BarChart(t("dashboard.overdue"), t("dashboard.overdue.desc")),
                        rows -> ChartData.single(
                                count,
                                rows.stream().map(Count::label).toList(),
                                rows.stream().map(Count::count).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.project"), Count::label),
                                FigureColumn.number(count, Count::count)))
                .drillDown((click, rows) -> DrillDown.board(
                                Long.valueOf(rows.get(click.categoryIndex()).key()))
                        .with("overdue", "true"));
        flow = new FigurePanel<>(
                        "weekly-flow",
                        t("dashboard.flow"),
                        new LineChart(t("dashboard.flow"), t("dashboard.flow.desc")),
                        rows -> new ChartData(
                                rows.stream()
                                        .map(r -> DashboardFormat.week(r.weekStart()))
                                        .toList(),
                                List.of(
                                        ChartSeries.of(
                                                t("dashboard.created"),
                                                rows.stream()
                                                        .map(WeekFlow::created)
                                                        .toList()),
                                        ChartSeries.of(
                                                t("dashboard.completed"),
                                                rows.stream()
                                                        .map(WeekFlow::completed)
                                                        .toList()))),
                        List.of(
                                FigureColumn.text(
                                        t("dashboard.week"), r -> r.weekStart().toString()),
                                FigureColumn.number(t("dashboard.created"), WeekFlow::created),
                                FigureColumn.number(t("dashboard.completed"), WeekFlow::completed)))
                .withHint(t("dashboard.flow.hint"))
                .drillDown((click, rows) -> click.seriesIndex() == 1
                        ? DrillDown.board(project).with("column", "DONE")
                        : DrillDown.board(project));
        cycle = new FigurePanel<>(
                        "cycle-time",
                        t("dashboard.cycle"),
                        new BarChart(t("dashboard.cycle"), t("dashboard.cycle.desc")),
                        rows -> new ChartData(
                                rows.stream().map(r -> taskType(r.taskType())).toList(),
                                List.of(
                                        ChartSeries.of(
                                                t("dashboard.median"),
                                                rows.stream()
                                                        .map(CycleTime::medianDays)
                                                        .toList()),
                                        ChartSeries.of(
                                                t("dashboard.p85"),
                                                rows.stream()
                                                        .map(CycleTime::p85Days)
                                                        .toList()))),
                        List.of(
                                FigureColumn.text(t("dashboard.taskType"), r -> taskType(r.taskType())),
                                FigureColumn.number(t("dashboard.tasks"), CycleTime::tasks),
                                FigureColumn.number(t("dashboard.median"), CycleTime::medianDays),
                                FigureColumn.number(t("dashboard.p85"), CycleTime::p85Days)))
                .drillDown((click, rows) -> DrillDown.board(project)
                        .with("type", rows.get(click.categoryIndex()).taskType())
                        .with("column", "DONE"));
        workload = new FigurePanel<>(
                        "workload",
                        t("dashboard.workload"),
                        new BarChart(t("dashboard.workload"), t("dashboard.workload.desc")),
                        rows -> ChartData.single(
                                count,
                                rows.stream().map(this::assignee).toList(),
                                rows.stream().map(Workload::openTasks).toList()),
                        List.of(
                                FigureColumn.text(t("dashboard.assignee"), this::assignee),
                                FigureColumn.number(count, Workload::openTasks)))
                .drillDown((click, rows) -> {
                    Long id = rows.get(click.categoryIndex()).assigneeId();
                    return DrillDown.board(project).with("assignee", id == null ? "none" : id.toString());
                });
        perProject = new FigurePanel<>(
                        "open-per-project",
                        t("dashboard.perProject"),
                        new BarChart(t("dashboard.perProject"), t("dashboard.perProject.desc"), BarChart.Mode.STACKED),
                        rows -> new ChartData(
                                rows.stream().map(ProjectLoad::projectCode).toList(),
                                List.of(
                                        ChartSeries.of(
                                                column("TODO"),
                                                rows.stream()
                                                        .map(ProjectLoad::todo)
                                                        .toList()),
                                        ChartSeries.of(
                                                column("IN_PROGRESS"),
                                                rows.stream()
                                                        .map(ProjectLoad::inProgress)
                                                        .toList()),
                                        ChartSeries.of(
                                                column("WAITING"),
                                                rows.stream()
                                                        .map(ProjectLoad::waiting)
                                                        .toList()))),
                        List.of(
                                FigureColumn.text(t("dashboard.project"), ProjectLoad::projectCode),
                                FigureColumn.number(column("TODO"), ProjectLoad::todo),
                                FigureColumn.number(column("IN_PROGRESS"), ProjectLoad::inProgress),
                                FigureColumn.number(column("WAITING"), ProjectLoad::waiting),
                                FigureColumn.number(t("dashboard.total"), ProjectLoad::total)))
                .drillDown((click, rows) -> DrillDown.board(
                                rows.get(click.categoryIndex()).projectId())
                        .with("column", OfficeDashboard.OPEN_COLUMNS.get(click.seriesIndex())));
        age = new FigurePanel<>(
                        "age",
                        t("dashboard.age"),
                        new BarChart(t("dashboard.age"), t("dashboard.age.desc")),
                        rows -> ChartData.single(
                                count,
                                rows.stream()
                                        .map(r -> t("dashboard.age.days", r.key()))
                                        .toList(),
                                rows.stream().map(Count::count).toList()),
                        List.of(
                                // "3-7 days" as the chart says it (a bare "3-7" becomes a date in a spreadsheet)
                                FigureColumn.text(t("dashboard.ageDays"), r -> t("dashboard.age.days", r.key())),
                                FigureColumn.number(count, Count::count)))
                .drillDown((click, rows) -> DrillDown.board(project));
        add(perColumn, overdue, flow, cycle, workload, perProject, age);
    }

    @Override
    void show(OfficeDashboard d) {
        project = d.filter().projectId();
        perColumn.setItems(d.openPerColumn());
        overdue.setItems(d.overduePerProject());
        flow.setItems(d.weeklyFlow());
        cycle.setItems(d.cycleTimes());
        workload.setItems(d.workload());
        perProject.setItems(d.openPerProject());
        age.setItems(d.ageBuckets());
    }

    private String assignee(Workload w) {
        return w.assigneeId() == null ? t("dashboard.unassigned") : w.assigneeName();
    }

    private String column(String key) {
        return t(TaskFigureRows.columnLabelKey(key));
    }

    private String taskType(String key) {
        return t(TaskFigureRows.typeLabelKey(key));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
