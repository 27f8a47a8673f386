package org.psoportal.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoportal.shared.ui.chart.ChartTesting.byTag;
import static org.psoportal.shared.ui.chart.ChartTesting.segment;
import static org.psoportal.shared.ui.chart.ChartTesting.segments;
import static org.psoportal.shared.ui.chart.ChartTesting.style;
import static org.psoportal.shared.ui.chart.ChartTesting.svg;
import static org.psoportal.shared.ui.chart.ChartTesting.texts;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The SVG the charts produce, read from their markup as the browser gets it: accessible names, shapes per value,
 * palette colours, clicks.
 */
class ChartComponentsTest {

    private static final ChartData TWO_SERIES = new ChartData(
            List.of("Alpha", "Beta", "Gamma"),
            List.of(ChartSeries.of("Open", List.of(3, 0, 5)), ChartSeries.of("Overdue", List.of(1, 2, 0))));

    @Test
    void svgRootWithTitleDescriptionAndViewBox() {
        BarChart chart = new BarChart("Open tasks", "Open tasks per project");
        chart.setData(TWO_SERIES);
        Element svg = svg(chart);
        assertThat(svg.attr("viewbox")).startsWith("0 0 400 ");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("aria-label")).isEqualTo("Open tasks");
        assertThat(svg.child(0).tagName()).isEqualTo("title");
        assertThat(svg.child(0).text()).isEqualTo("Open tasks");
        assertThat(svg.child(1).tagName()).isEqualTo("desc");
        assertThat(svg.child(1).text()).isEqualTo("Open tasks per project");
        assertThat(chart.getElement().getChildCount())
                .as("the shapes are markup of the one <svg> element, not elements of their own")
                .isZero();
    }

    @Test
    void anAttachedChartIsDrawnOnceBeforeTheResponseWithTheLastSettings() {
        UI ui = new UI();
        VaadinSession session = Mockito.mock(VaadinSession.class);
        Mockito.when(session.hasLock()).thenReturn(true);
        ui.getInternals().setSession(session);
        BarChart chart = new BarChart("t", "d");
        ui.add(chart);
        chart.setEmptyText("No data");
        chart.addChartClickListener(click -> {});
        chart.setData(TWO_SERIES);
        assertThat(sentShapes(ui)).as("not drawn for each setting").isEmpty();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<String> sent = sentShapes(ui);
        assertThat(sent).as("drawn once, with the last settings").hasSize(1);
        assertThat(sent.getFirst())
                .contains("data-category=\"2\"", "role=\"link\"")
                .doesNotContain("No data");
        assertThat(chart.markup()).isEqualTo(sent.getFirst());
        assertThat(chart.getElement().getProperty("innerHTML"))
                .as("no copy of the shapes in the session's server-side state")
                .isNull();

        // a new <svg> in the browser (Flow resends the UI after a lost message: detach, attach) gets them again
        ui.remove(chart);
        ui.add(chart);
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(sentShapes(ui)).containsExactly(chart.markup());
    }

    /** The shapes the pending scripts send to the browser (Markup.send), emptying the queue. */
    private static List<String> sentShapes(UI ui) {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(js -> js.getExpression().contains("innerHTML"))
                .flatMap(js -> js.getParameters().stream())
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
    }

    @Test
    void aLongCategoryIsCutToWhatFitsBesideTheBarsAndNamedWholeOnHover() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(ChartData.single("Refusals", List.of("Not specified · Nora Lindqvist", "CRM"), List.of(3, 1)));
        Element cut = byTag(chart, "text")
                .filter(e -> e.ownText().startsWith("Not specified"))
                .findFirst()
                .orElseThrow();
        assertThat(cut.ownText()).isEqualTo("Not specified ·…").hasSize(BarChart.LABEL_CHARS);
        Element title = cut.child(0);
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(title.text()).isEqualTo("Not specified · Nora Lindqvist");
        assertThat(texts(chart)).contains("CRM");
    }

    @Test
    void onAPhoneTheChartsAreLaidOutNarrowSoTheirTextIsNotScaledDown() {
        BarChart bars = new BarChart("t", "d");
        bars.setData(TWO_SERIES);
        assertThat(svg(bars).attr("viewbox")).startsWith("0 0 400 ");

        bars.setNarrow(true);
        assertThat(svg(bars).attr("viewbox")).startsWith("0 0 310 ");
        assertThat(segments(bars))
                .allMatch(bar ->
                        Double.parseDouble(bar.attr("x")) + Double.parseDouble(bar.attr("width")) <= SvgChart.NARROW);

        DonutChart donut = new DonutChart("t", "d");
        donut.setData(TWO_SERIES);
        donut.setNarrow(true);
        assertThat(svg(donut).attr("viewbox")).startsWith("0 0 310 ");
        assertThat(byTag(donut, "text").filter(t -> t.ownText().startsWith("Alpha")))
                .as("the legend goes below the ring, from the left edge")
                .isNotEmpty()
                .allMatch(t ->
                        Double.parseDouble(t.attr("x")) < 40 && Double.parseDouble(t.attr("y")) > 2 * DonutChart.CY);

        bars.setNarrow(false);
        assertThat(svg(bars).attr("viewbox")).startsWith("0 0 400 ");
    }

    @Test
    void groupedBarsOnePerValueWithPaletteColourAndTooltip() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        assertThat(segments(chart)).hasSize(6).allMatch(e -> e.tagName().equals("rect"));
        Element gammaOpen = segment(chart, "Gamma", 0);
        assertThat(style(gammaOpen, "fill")).isEqualTo("var(--pso-chart-1)");
        assertThat(style(segment(chart, "Beta", 1), "fill")).isEqualTo("var(--pso-chart-2)");
        assertThat(gammaOpen.attr("aria-label")).isEqualTo("Open · Gamma: 5");
        assertThat(gammaOpen.attr("role")).isEqualTo("img");
        assertThat(gammaOpen.child(0).tagName()).isEqualTo("title");
        assertThat(gammaOpen.child(0).text()).isEqualTo("Open · Gamma: 5");
        // The largest value spans the longest bar; a zero value has no width.
        double gamma = Double.parseDouble(gammaOpen.attr("width"));
        double alpha = Double.parseDouble(segment(chart, "Alpha", 0).attr("width"));
        assertThat(gamma).isGreaterThan(alpha);
        assertThat(segment(chart, "Beta", 0).attr("width")).isEqualTo("0");
        assertThat(texts(chart)).contains("Alpha", "Beta", "Gamma", "Open", "Overdue");
    }

    @Test
    void stackedBarsShareOneRowAndShowTheTotal() {
        BarChart chart = new BarChart("t", "d", BarChart.Mode.STACKED);
        chart.setData(TWO_SERIES);
        Element open = segment(chart, "Alpha", 0);
        Element overdue = segment(chart, "Alpha", 1);
        assertThat(open.attr("y")).isEqualTo(overdue.attr("y"));
        double openEnd = Double.parseDouble(open.attr("x")) + Double.parseDouble(open.attr("width"));
        assertThat(Double.parseDouble(overdue.attr("x"))).isEqualTo(openEnd);
        assertThat(texts(chart)).contains("4", "2", "5");
    }

    @Test
    void clickListenerMakesSegmentsFocusableLinksAndReportsWhatWasClicked() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        List<ChartClick> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);
        assertThat(svg(chart).attr("role")).isEqualTo("group");
        Element betaOverdue = segment(chart, "Beta", 1);
        assertThat(betaOverdue.attr("role")).isEqualTo("link");
        assertThat(betaOverdue.attr("tabindex")).isEqualTo("0");
        assertThat(betaOverdue.classNames()).contains("pso-chart-bar", "pso-chart-clickable");
        ChartTesting.click(chart, betaOverdue);
        assertThat(clicks).containsExactly(new ChartClick(1, 1, "Beta", 2));
    }

    @Test
    void onlyAChartSomebodyListensToAsksTheBrowserForClicks() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        var domListeners =
                chart.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class);
        assertThat(domListeners.getExpressions("click")).isEmpty();
        List<ChartClick> clicks = new ArrayList<>();
        var registration = chart.addChartClickListener(clicks::add);
        assertThat(domListeners.getExpressions("click")).isNotEmpty();
        registration.remove();
        assertThat(domListeners.getExpressions("click")).isEmpty();
        ChartTesting.click(chart, segment(chart, "Beta", 1));
        assertThat(clicks).isEmpty();
        assertThat(segment(chart, "Beta", 1).attr("role"))
                .as("no longer a link nobody follows")
                .isEqualTo("img");
    }

    @Test
    void clicksBesideTheSegmentsOrNamingNoSegmentOfTheDataAreIgnored() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        List<ChartClick> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);
        ChartTesting.clickWith(chart, null, null); // on a label or the background
        ChartTesting.clickWith(chart, "7", "0"); // a category the chart does not have (stale or forged)
        ChartTesting.clickWith(chart, "0", "-1");
        ChartTesting.clickWith(chart, "one", "0");
        assertThat(clicks).isEmpty();
        ChartTesting.clickWith(chart, "0", "0");
        assertThat(clicks).containsExactly(new ChartClick(0, 0, "Alpha", 3));
    }

    @Test
    void lineChartDrawsPointsAndOneTrendLinePerSeries() {
        LineChart chart = new LineChart("Flow", "Created and completed per week");
        chart.setData(new ChartData(
                List.of("W1", "W2", "W3"),
                List.of(ChartSeries.of("Created", List.of(1, 2, 3)), ChartSeries.of("Completed", List.of(2, 2, 2)))));
        assertThat(byTag(chart, "polyline")).hasSize(2);
        assertThat(byTag(chart, "circle")).hasSize(6);
        List<Element> trends = byTag(chart, "line")
                .filter(e -> "pso-chart-trend".equals(e.attr("class")))
                .toList();
        assertThat(trends).hasSize(2);
        // The flat "Completed" series has a horizontal trend.
        assertThat(trends.get(1).attr("y1")).isEqualTo(trends.get(1).attr("y2"));
        assertThat(style(trends.get(1), "stroke")).isEqualTo("var(--pso-chart-2)");
        chart.setShowTrend(false);
        assertThat(byTag(chart, "line").filter(e -> "pso-chart-trend".equals(e.attr("class"))))
                .isEmpty();
    }

    @Test
    void donutHasOneSliceperNonZeroShareAndTheTotal() {
        DonutChart chart = new DonutChart("Hours", "Booked hours per project");
        chart.setData(ChartData.single("Hours", List.of("A", "B", "C"), List.of(6, 0, 2)));
        assertThat(segments(chart)).hasSize(2).allMatch(e -> e.tagName().equals("path"));
        assertThat(texts(chart)).contains("8", "A  6", "B  0");
    }

    @Test
    void gaugeShowsValueAndWarnsAboveTheThreshold() {
        GaugeChart chart = new GaugeChart("Utilisation", "Booked share of available hours this week");
        chart.setMax(120);
        chart.setWarnAbove(100);
        chart.setData(ChartData.single("Utilisation", List.of("This week"), List.of(110)));
        Element arc = segments(chart).getFirst();
        assertThat(style(arc, "fill")).isEqualTo("var(--pso-chart-8)");
        assertThat(texts(chart)).contains("110", "This week");
    }

    @Test
    void emptyDataShowsTheEmptyText() {
        BarChart chart = new BarChart("t", "d");
        chart.setEmptyText("No data");
        chart.setData(ChartData.single("x", List.of(), List.of()));
        assertThat(segments(chart)).isEmpty();
        assertThat(texts(chart)).containsExactly("No data");
    }
}
