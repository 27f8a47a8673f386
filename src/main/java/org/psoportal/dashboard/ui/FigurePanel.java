package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.chart.ChartClick;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.SvgChart;

/**
 * One dashboard figure: a heading, its chart or (toggle) a table of the same numbers, made when first asked for, and
 * a CSV download. Clicking a chart element navigates to where {@code drillDown} says, if anywhere.
 */
class FigurePanel<T> extends Section {

    private final SvgChart chart;
    private final SerializableFunction<List<T>, ChartData> toChart;
    private final List<FigureColumn<T>> columns;
    private final String title;
    /** Made when the table is first shown ({@link #makeTable()}). */
    private Grid<T> table;

    private final Button toggle = new Button();
    private List<T> items = List.of();

    FigurePanel(
            String id,
            String title,
            SvgChart chart,
            SerializableFunction<List<T>, ChartData> toChart,
            List<FigureColumn<T>> columns) {
        this.chart = chart;
        this.toChart = toChart;
        this.columns = columns;
        this.title = title;
        setId(id);
        addClassName("pso-figure");
        chart.setEmptyText(getTranslation("dashboard.noData"));

        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("pso-figure-toggle");
        toggle.addClickListener(e -> showTable(!tableShown()));
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), id + ".csv", "text/csv", bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("dashboard.csv"));
        csv.addClassName("pso-figure-csv");
        csv.getElement().setAttribute("aria-label", getTranslation("dashboard.csvOf", title));

        Div header = new Div(new H3(title), toggle, csv);
        header.addClassName("pso-figure-header");
        add(header, chart);
        showTable(false);
    }

    /**
     * The table of the figure, made the first time it is shown: a dashboard has about twenty figures and most are
     * only ever looked at as charts, so a grid (columns, renderers, the phone's card column, its connector) per figure
     * on every page load was work nobody saw.
     */
    private Grid<T> makeTable() {
        Grid<T> grid = new Grid<>();
        for (FigureColumn<T> column : columns) {
            grid.addColumn(column.display()::apply).setHeader(column.header()).setAutoWidth(true);
        }
        PhoneCards.add(grid, title, this::card);
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // a table with no rows (no bookings today) says so instead of showing a bare header
        grid.setEmptyStateText(getTranslation("dashboard.noData"));
        grid.setAriaLabel(title);
        grid.setItems(items);
        return grid;
    }

    private boolean tableShown() {
        return table != null && table.isVisible();
    }

    /** A row as a phone shows it: each column's value under its header, instead of a table that scrolls sideways. */
    private Div card(T row) {
        Div card = new Div();
        card.addClassName("pso-row-card");
        for (FigureColumn<T> column : columns) {
            Span line = new Span(column.header() + ": " + column.display().apply(row));
            card.add(line);
        }
        return card;
    }

    FigurePanel<T> withHint(String hint) {
        Paragraph p = new Paragraph(hint);
        p.addClassName("pso-figure-hint");
        addComponentAtIndex(1, p);
        return this;
    }

    /** Where a click on a chart element leads, computed from the click and the rows shown; null = nowhere. */
    FigurePanel<T> drillDown(SerializableBiFunction<ChartClick, List<T>, DrillDown> target) {
        chart.addChartClickListener(click -> {
            DrillDown d = target.apply(click, items);
            if (d != null) {
                getUI().ifPresent(ui -> ui.navigate(d.path(), d.queryParameters()));
            }
        });
        return this;
    }

    void setItems(List<T> items) {
        this.items = List.copyOf(items);
        chart.setData(toChart.apply(this.items));
        if (table != null) {
            table.setItems(this.items);
        }
    }

    void showTable(boolean showTable) {
        if (showTable && table == null) {
            table = makeTable();
            add(table);
        }
        if (table != null) {
            table.setVisible(showTable);
        }
        chart.setVisible(!showTable);
        toggle.setText(getTranslation(showTable ? "dashboard.showChart" : "dashboard.showTable"));
        toggle.setIcon((showTable ? VaadinIcon.BAR_CHART : VaadinIcon.TABLE).create());
    }

    /** What the CSV link downloads: the rows shown, in the table's words. */
    byte[] csv() {
        return CsvExport.csv(columns, items);
    }

    SvgChart chart() {
        return chart;
    }

    /** The table, once it has been shown. */
    Optional<Grid<T>> table() {
        return Optional.ofNullable(table);
    }

    List<T> items() {
        return items;
    }
}
