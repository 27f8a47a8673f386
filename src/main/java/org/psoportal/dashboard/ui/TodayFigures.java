package org.psoportal.dashboard.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.TaskFigureRows;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.booking.BookingFigureRows;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.dashboard.internal.OfficeDashboard;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;

/**
 * Today: the bookings happening today and the tasks due today. These are short bounded lists, so the table is shown
 * first; the chart groups the listed rows per expert or per project.
 */
class TodayFigures extends DashboardSection {

    private Long project;
    private final FigurePanel<BookingRow> bookings;
    private final FigurePanel<TaskRow> tasks;

    TodayFigures() {
        addClassName("pso-figures");
        bookings = new FigurePanel<>(
                        "bookings-today",
                        t("dashboard.bookingsToday"),
                        new BarChart(t("dashboard.bookingsToday"), t("dashboard.bookingsToday.desc")),
                        rows -> perKey(rows.stream().map(BookingRow::expertName).toList(), t("dashboard.count")),
                        List.of(
                                new FigureColumn<>(
                                        t("dashboard.time"),
                                        r -> DashboardFormat.timeRange(r.start(), r.end()),
                                        r -> DashboardFormat.isoTimeRange(r.start(), r.end())),
                                FigureColumn.text(t("dashboard.expert"), BookingRow::expertName),
                                FigureColumn.text(t("dashboard.project"), BookingRow::projectCode),
                                FigureColumn.text(t("dashboard.topic"), BookingRow::topic),
                                FigureColumn.text(t("dashboard.bookedBy"), BookingRow::bookedByName),
                                FigureColumn.text(
                                        t("dashboard.status"), r -> t(BookingFigureRows.statusLabelKey(r.status())))))
                .drillDown((click, rows) -> rows.stream()
                        .filter(r -> r.expertName().equals(click.category()))
                        .findFirst()
                        .map(r -> DrillDown.expertWeek(r.expertId(), r.start().toLocalDate()))
                        .orElse(null));
        tasks = new FigurePanel<>(
                        "tasks-due-today",
                        t("dashboard.dueToday"),
                        new BarChart(t("dashboard.dueToday"), t("dashboard.dueToday.desc")),
                        rows -> perKey(rows.stream().map(TaskRow::projectCode).toList(), t("dashboard.count")),
                        List.of(
                                FigureColumn.text(t("dashboard.task"), TaskRow::title),
                                FigureColumn.text(t("dashboard.project"), TaskRow::projectCode),
                                FigureColumn.text(
                                        t("dashboard.column"), r -> t(TaskFigureRows.columnLabelKey(r.column()))),
                                FigureColumn.text(
                                        t("dashboard.assignee"),
                                        r -> r.assigneeName() == null ? t("dashboard.unassigned") : r.assigneeName())))
                .drillDown((click, rows) -> DrillDown.board(project));
        bookings.showTable(true);
        tasks.showTable(true);
        add(bookings, tasks);
    }

    @Override
    void show(OfficeDashboard d) {
        project = d.filter().projectId();
        bookings.setItems(d.bookingsToday());
        tasks.setItems(d.tasksDueToday());
    }

    /** Counts the rows of a short list per label (the list itself is bounded by its query). */
    private static ChartData perKey(List<String> labels, String seriesName) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(l -> counts.merge(l, 1, Integer::sum));
        return ChartData.single(seriesName, new ArrayList<>(counts.keySet()), new ArrayList<>(counts.values()));
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }
}
