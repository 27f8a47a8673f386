package org.psoportal.shared.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.psoportal.shared.ui.Markup;
import tools.jackson.databind.JsonNode;

/**
 * Base of the charts: an {@code <svg>} with a viewBox, a {@code <title>} and {@code <desc>} for assistive
 * technology, and clickable segments. Subclasses draw in {@link #draw(ChartData)}.
 *
 * <p>The shapes are not elements of Flow's tree: the chart writes them as escaped SVG markup and sets it as the
 * {@code <svg>}'s {@code innerHTML} ({@link #markup()}), sent without a copy kept on the server. An element per bar, label and axis line made an open
 * dashboard about 250 server-side elements whose only job was to be drawn (docs/performance.md, issue 17).
 *
 * <p>Clicks (and Enter on a focused segment) are heard once, on the {@code <svg>}, and the browser sends which
 * segment it was ({@link #CATEGORY}, {@link #SERIES}): a listener per segment made every bar two listeners and their
 * client-side settings, which was the largest part of an open dashboard's server-side state under the load test
 * (docs/performance.md).
 */
@Tag("svg")
public abstract class SvgChart extends Component {

    private final String title;
    private final String description;
    private ChartData data = new ChartData(List.of(), List.of());
    private final List<SerializableConsumer<ChartClick>> clickListeners = new ArrayList<>();
    private final List<Registration> domListeners = new ArrayList<>();
    private SerializableFunction<Double, String> valueFormat = SvgChart::defaultFormat;
    private String emptyText = "–";
    private double drawingWidth = WIDE;
    /** The shapes of the drawing being written; empty between draws (the chart keeps only its settings and data). */
    private final List<Markup.Node> shapes = new ArrayList<>();
    /** True when a setting changed since the shapes were last sent to the browser (or its {@code <svg>} is new). */
    private boolean stale;

    /** The drawing's width in its own units when the chart has room: 12-unit text is 12 px at 400 px and wider. */
    public static final double WIDE = 400;

    /**
     * The drawing's width for a phone: the browser scales the drawing to its box, so a 400-unit drawing in the
     * 310 px of a 390 px phone drew its text at 9 px; laid out 310 units wide, the text stays 12 px.
     */
    public static final double NARROW = 310;

    /** Below this window width (CSS px) the charts are laid out {@link #NARROW}. */
    public static final int NARROW_BELOW_WINDOW_WIDTH = 480;

    /** The event data that names the segment the user clicked, read by the browser from its data attributes. */
    static final String CATEGORY = "event.target.getAttribute('data-category')";

    static final String SERIES = "event.target.getAttribute('data-series')";

    protected SvgChart(String title, String description) {
        this.title = title;
        this.description = description;
        getElement().setAttribute("xmlns", "http://www.w3.org/2000/svg");
        getElement().setAttribute("class", "pso-chart");
        getElement().setAttribute("preserveAspectRatio", "xMidYMid meet");
        getElement().setAttribute("aria-label", title);
        addAttachListener(attach -> {
            keepCamelCaseAttributes();
            // the browser's <svg> is a new one (the first attach, or Flow resending the whole UI after a lost
            // message, which detaches and attaches every component): the server keeps no copy of the shapes, so
            // they are drawn again
            stale = true;
            renderBeforeResponse(attach.getUI());
        });
        render();
    }

    /**
     * Flow writes attribute names in lower case, and SVG ignores a "viewbox" or "preserveaspectratio": without its
     * viewBox the drawing kept its 400 px and a phone cut off its right part (values, axis). The browser copies them
     * to their real, camel-case names, now and whenever the chart is redrawn.
     */
    private void keepCamelCaseAttributes() {
        getElement().executeJs("""
                const svg = this;
                const copy = (el, names) => {
                  for (const name of names) {
                    const value = el.getAttribute(name.toLowerCase());
                    if (value !== null && el.getAttribute(name) !== value) { el.setAttribute(name, value); }
                  }
                };
                const sync = () => {
                  copy(svg, ['viewBox', 'preserveAspectRatio']);
                };
                sync();
                new MutationObserver(sync).observe(svg, {attributes: true,
                    attributeFilter: ['viewbox', 'preserveaspectratio']});
                """);
    }

    /** A click or Enter somewhere on the chart: fired to the listeners if it was on a segment of the current data. */
    private void segmentEvent(DomEvent event) {
        // what the browser sends is not trusted: it must name a segment of the data shown
        OptionalInt category =
                index(event.getEventData().get(CATEGORY), data.categories().size());
        OptionalInt series =
                index(event.getEventData().get(SERIES), data.series().size());
        if (category.isPresent() && series.isPresent()) {
            int c = category.getAsInt();
            int s = series.getAsInt();
            fire(new ChartClick(c, s, data.categories().get(c), data.value(s, c)));
        }
    }

    private static OptionalInt index(JsonNode value, int size) {
        if (value == null || !value.isString()) {
            return OptionalInt.empty();
        }
        try {
            int i = Integer.parseInt(value.asString());
            return i >= 0 && i < size ? OptionalInt.of(i) : OptionalInt.empty();
        } catch (NumberFormatException notAnIndex) {
            return OptionalInt.empty();
        }
    }

    /** Lays the chart out for a phone ({@link #NARROW}) or for the room of a wider window ({@link #WIDE}). */
    public void setNarrow(boolean narrow) {
        double width = narrow ? NARROW : WIDE;
        if (width != drawingWidth) {
            drawingWidth = width;
            render();
        }
    }

    /** The width to lay the drawing out for, in its own units. */
    protected double drawingWidth() {
        return drawingWidth;
    }

    public void setData(ChartData data) {
        this.data = data;
        render();
    }

    public ChartData getData() {
        return data;
    }

    public String getTitle() {
        return title;
    }

    public void setValueFormat(SerializableFunction<Double, String> valueFormat) {
        this.valueFormat = valueFormat;
        render();
    }

    /** What the chart says when there is nothing to show (e.g. "No data"). */
    public void setEmptyText(String emptyText) {
        this.emptyText = emptyText;
        render();
    }

    /** Bars, points and slices become focusable links once someone listens to their clicks. */
    public Registration addChartClickListener(SerializableConsumer<ChartClick> listener) {
        if (clickListeners.isEmpty()) {
            listenToSegments();
        }
        clickListeners.add(listener);
        render();
        return () -> {
            clickListeners.remove(listener);
            if (clickListeners.isEmpty()) {
                domListeners.forEach(Registration::remove);
                domListeners.clear();
            }
            render();
        };
    }

    /** The browser reports clicks (and Enter) only on charts somebody listens to: the others cost no round trip. */
    private void listenToSegments() {
        domListeners.add(getElement()
                .addEventListener("click", this::segmentEvent)
                .addEventData(CATEGORY)
                .addEventData(SERIES));
        domListeners.add(getElement()
                .addEventListener("keydown", this::segmentEvent)
                .addEventData(CATEGORY)
                .addEventData(SERIES)
                .setFilter("event.key === 'Enter'"));
    }

    protected String format(double value) {
        return valueFormat.apply(value);
    }

    /** Draws the chart's shapes with {@link #viewBox(double, double)} and {@link #add(Markup.Node)}. */
    protected abstract void draw(ChartData data);

    /**
     * Redraws before the response goes to the browser, once however many settings changed in this round trip (a
     * figure sets its empty text, click listener, data and width one after the other).
     */
    private void render() {
        if (!stale) {
            stale = true;
            getUI().ifPresent(this::renderBeforeResponse);
        }
    }

    private void renderBeforeResponse(UI ui) {
        ui.beforeClientResponse(this, context -> sendIfStale());
    }

    /**
     * Sends the shapes to the browser if a setting changed since they were last sent. They go as the argument of a
     * script ({@link Markup#send}) rather than as a property of the element: a property stays in the session's
     * server-side tree, and the markup of an open dashboard's twenty charts was its largest part (a third of a
     * megabyte a session on the large organisation, docs/performance.md, issue 17).
     */
    private void sendIfStale() {
        if (stale) {
            stale = false;
            Markup.send(getElement(), drawShapes());
        }
    }

    /**
     * The markup inside the {@code <svg>} as the browser gets it ({@code innerHTML}): title, description and shapes,
     * every text escaped, drawn from the chart's current settings.
     */
    public String markup() {
        return Markup.write(drawShapes());
    }

    private List<Markup.Node> drawShapes() {
        shapes.clear();
        getElement().setAttribute("role", clickListeners.isEmpty() ? "img" : "group");
        add(Svg.title(title));
        add(new Markup.Node("desc").text(description));
        if (data.isEmpty()) {
            viewBox(drawingWidth, 60);
            add(Svg.text(emptyText, drawingWidth / 2, 34, "pso-chart-empty"));
        } else {
            draw(data);
        }
        List<Markup.Node> drawn = List.copyOf(shapes);
        shapes.clear();
        return drawn;
    }

    /**
     * The drawing's own coordinate system. The width and height attributes give the browser the aspect ratio, so
     * with CSS {@code width: 100%; height: auto} the chart scales to its container, phone or desktop.
     */
    protected void viewBox(double width, double height) {
        getElement().setAttribute("viewBox", "0 0 " + Svg.num(width) + " " + Svg.num(height));
        getElement().setAttribute("width", Svg.num(width));
        getElement().setAttribute("height", Svg.num(height));
    }

    void add(Markup.Node shape) {
        shapes.add(shape);
    }

    /**
     * Makes a shape clickable: a link for screen readers and keyboards (Tab, Enter) when there are listeners, and
     * always a {@code <title>} tooltip with the label and value. Its data attributes name the segment to the
     * browser, which sends them with a click or Enter ({@link #CATEGORY}, {@link #SERIES}).
     */
    Markup.Node segment(Markup.Node shape, int category, int series) {
        String label = data.categories().get(category);
        double value = data.value(series, category);
        String seriesName = data.series().get(series).name();
        String text = (data.series().size() > 1 ? seriesName + " · " : "") + label + ": " + format(value);
        shape.append(Svg.title(text));
        shape.attr("aria-label", text);
        shape.attr("data-category", String.valueOf(category));
        shape.attr("data-series", String.valueOf(series));
        if (!clickListeners.isEmpty()) {
            shape.attr("role", "link");
            shape.attr("tabindex", "0");
            shape.attr("class", shape.attr("class") + " pso-chart-clickable");
        } else {
            shape.attr("role", "img");
        }
        return shape;
    }

    private void fire(ChartClick click) {
        List.copyOf(clickListeners).forEach(l -> l.accept(click));
    }

    protected void legend(double x, double y, double width) {
        if (data.series().size() < 2) {
            return;
        }
        double step = width / data.series().size();
        for (int s = 0; s < data.series().size(); s++) {
            double lx = x + s * step;
            Markup.Node swatch = Markup.el(
                    "rect",
                    "x",
                    Svg.num(lx),
                    "y",
                    Svg.num(y - 9),
                    "width",
                    "10",
                    "height",
                    "10",
                    "rx",
                    "2",
                    "class",
                    "pso-chart-swatch");
            Svg.fill(swatch, s);
            add(swatch);
            add(Svg.text(Svg.truncate(data.series().get(s).name(), 18), lx + 14, y, "pso-chart-legend"));
        }
    }

    static String defaultFormat(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }
}
