package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.chart.ChartClick;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.SvgChart;

/**
 * One dashboard figure: a heading, its chart or (toggle) a table of the same numbers, made when first asked for, and
 * a CSV download. Clicking a chart element navigates to where {@code drillDown} says, if anywhere.
 *
 * <p>The heading, the hint, the toggle and the CSV link are one element of escaped markup ({@link Markup}), as the
 * chart is: as components they were eight server-side nodes a figure (heading and its text, button, its icon and
 * text, link and its text, their row), 160 of an open dashboard's 385, and the larger part of its memory per session
 * (docs/performance.md, issue 17). The browser upgrades the markup's {@code <vaadin-button>} as any other, so the
 * toggle looks, focuses and answers Enter and Space as before; one click listener on the heading hears it.
 */
class FigurePanel<T> extends Section {

    /** The toggle in the heading's markup. */
    static final String TOGGLE = "pso-figure-toggle";

    /** The heading's class while the table is shown: its toggle then says "Chart". */
    static final String TABLE_SHOWN = "pso-table-shown";

    /** True in a click's event data when it was on the toggle (the listener's filter). */
    static final String TOGGLE_CLICKED = "event.target.closest('." + TOGGLE + "') != null";

    private final SvgChart chart;
    private final SerializableFunction<List<T>, ChartData> toChart;
    private final List<FigureColumn<T>> columns;
    private final String title;
    /** Made when the table is first shown ({@link #makeTable()}). */
    private Grid<T> table;

    /** Heading, hint, table toggle and CSV link, as markup. */
    private final Div head = new Div();

    private String hint;
    /** Where the CSV downloads from while the figure is shown ({@link FigureDownloads}); null before. */
    private String csvAddress;

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

        head.addClassName("pso-figure-head");
        head.getElement()
                .addEventListener("click", click -> showTable(!tableShown()))
                .setFilter(TOGGLE_CLICKED);
        addAttachListener(attach -> {
            csvAddress = FigureDownloads.of(attach.getUI()).add(attach.getUI(), id, this);
            renderHead();
        });
        addDetachListener(detach -> {
            FigureDownloads.of(detach.getUI()).remove(id, this);
            csvAddress = null;
        });
        add(head, chart);
        renderHead();
        showTable(false);
    }

    /**
     * Writes the heading's markup: the title, the toggle, the CSV link, the hint. The toggle carries both of its
     * labels and the heading's class shows one ({@link #TABLE_SHOWN}, dashboard.css): switching between chart and
     * table leaves the markup and the focused button as they are, where a new button would drop the keyboard's focus.
     */
    private void renderHead() {
        Markup.Node toggle = Markup.el("vaadin-button", "class", TOGGLE, "theme", "tertiary small")
                .append(Markup.el("vaadin-icon", "icon", "vaadin:table", "slot", "prefix", "class", "pso-when-chart"))
                .append(Markup.el(
                        "vaadin-icon", "icon", "vaadin:bar-chart", "slot", "prefix", "class", "pso-when-table"))
                .append(Markup.el("span", "class", "pso-when-chart").text(getTranslation("dashboard.showTable")))
                .append(Markup.el("span", "class", "pso-when-table").text(getTranslation("dashboard.showChart")));
        Markup.Node row = Markup.el("div", "class", "pso-figure-header")
                .append(Markup.el("h3").text(title))
                .append(toggle);
        if (csvAddress != null) {
            row.append(Markup.el(
                            "a",
                            "class",
                            "pso-figure-csv",
                            "href",
                            csvAddress,
                            "download",
                            getId().orElseThrow() + ".csv",
                            // a download, not a view of the portal: Flow's router must leave the click to the browser
                            "router-ignore",
                            "",
                            "aria-label",
                            getTranslation("dashboard.csvOf", title))
                    .text(getTranslation("dashboard.csv")));
        }
        List<Markup.Node> nodes = new ArrayList<>(List.of(row));
        if (hint != null) {
            nodes.add(Markup.el("p", "class", "pso-figure-hint").text(hint));
        }
        Markup.render(head.getElement(), nodes);
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
        this.hint = hint;
        renderHead();
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
        head.setClassName(TABLE_SHOWN, showTable);
    }

    /** The heading: its markup ({@link Markup#rendered}) and the element the browser's clicks arrive at. */
    Div head() {
        return head;
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
