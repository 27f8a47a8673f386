package org.psoportal.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoportal.shared.ui.chart.ChartTesting.byTag;
import static org.psoportal.shared.ui.chart.ChartTesting.segment;
import static org.psoportal.shared.ui.chart.ChartTesting.segments;

import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SVG structure the charts produce: accessible names, shapes per value, palette colours, clicks. */
class ChartComponentsTest {

    private static final ChartData TWO_SERIES = new ChartData(
            List.of("Alpha", "Beta", "Gamma"),
            List.of(ChartSeries.of("Open", List.of(3, 0, 5)), ChartSeries.of("Overdue", List.of(1, 2, 0))));

    @Test
    void svgRootWithTitleDescriptionAndViewBox() {
        BarChart chart = new BarChart("Open tasks", "Open tasks per project");
        chart.setData(TWO_SERIES);
        Element svg = chart.getElement();
        assertThat(svg.getTag()).isEqualTo("svg");
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 400 ");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("aria-label")).isEqualTo("Open tasks");
        assertThat(svg.getChild(0).getTag()).isEqualTo("title");
        assertThat(svg.getChild(0).getText()).isEqualTo("Open tasks");
        assertThat(svg.getChild(1).getTag()).isEqualTo("desc");
        assertThat(svg.getChild(1).getText()).isEqualTo("Open tasks per project");
    }

    @Test
    void aLongCategoryIsCutToWhatFitsBesideTheBarsAndNamedWholeOnHover() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(ChartData.single("Refusals", List.of("Not specified · Nora Lindqvist", "CRM"), List.of(3, 1)));
        Element cut = byTag(chart, "text")
                .filter(e -> e.getText().startsWith("Not specified"))
                .findFirst()
                .orElseThrow();
        assertThat(cut.getText()).isEqualTo("Not specified ·…").hasSize(BarChart.LABEL_CHARS);
        Element title = cut.getChildren()
                .filter(child -> !child.isTextNode())
                .findFirst()
                .orElseThrow();
        assertThat(title.getTag()).isEqualTo("title");
        assertThat(title.getText()).isEqualTo("Not specified · Nora Lindqvist");
        assertThat(byTag(chart, "text").map(Element::getText)).contains("CRM");
    }

    @Test
    void onAPhoneTheChartsAreLaidOutNarrowSoTheirTextIsNotScaledDown() {
        BarChart bars = new BarChart("t", "d");
        bars.setData(TWO_SERIES);
        assertThat(bars.getElement().getAttribute("viewBox")).startsWith("0 0 400 ");

        bars.setNarrow(true);
        assertThat(bars.getElement().getAttribute("viewBox")).startsWith("0 0 310 ");
        assertThat(segments(bars))
                .allMatch(
                        bar -> Double.parseDouble(bar.getAttribute("x")) + Double.parseDouble(bar.getAttribute("width"))
                                <= SvgChart.NARROW);

        DonutChart donut = new DonutChart("t", "d");
        donut.setData(TWO_SERIES);
        donut.setNarrow(true);
        assertThat(donut.getElement().getAttribute("viewBox")).startsWith("0 0 310 ");
        assertThat(byTag(donut, "text").filter(t -> t.getText().startsWith("Alpha")))
                .as("the legend goes below the ring, from the left edge")
                .allMatch(t -> Double.parseDouble(t.getAttribute("x")) < 40
                        && Double.parseDouble(t.getAttribute("y")) > 2 * DonutChart.CY);

        bars.setNarrow(false);
        assertThat(bars.getElement().getAttribute("viewBox")).startsWith("0 0 400 ");
    }

    @Test
    void groupedBarsOnePerValueWithPaletteColourAndTooltip() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        assertThat(segments(chart)).hasSize(6).allMatch(e -> e.getTag().equals("rect"));
        Element gammaOpen = segment(chart, "Gamma", 0);
        assertThat(gammaOpen.getStyle().get("fill")).isEqualTo("var(--pso-chart-1)");
        assertThat(segment(chart, "Beta", 1).getStyle().get("fill")).isEqualTo("var(--pso-chart-2)");
        assertThat(gammaOpen.getAttribute("aria-label")).isEqualTo("Open · Gamma: 5");
        assertThat(gammaOpen.getChild(0).getTag()).isEqualTo("title");
        // The largest value spans the longest bar; a zero value has no width.
        double gamma = Double.parseDouble(gammaOpen.getAttribute("width"));
        double alpha = Double.parseDouble(segment(chart, "Alpha", 0).getAttribute("width"));
        assertThat(gamma).isGreaterThan(alpha);
        assertThat(segment(chart, "Beta", 0).getAttribute("width")).isEqualTo("0");
        assertThat(byTag(chart, "text").map(Element::getText)).contains("Alpha", "Beta", "Gamma", "Open", "Overdue");
    }

    @Test
    void stackedBarsShareOneRowAndShowTheTotal() {
        BarChart chart = new BarChart("t", "d", BarChart.Mode.STACKED);
        chart.setData(TWO_SERIES);
        Element open = segment(chart, "Alpha", 0);
        Element overdue = segment(chart, "Alpha", 1);
        assertThat(open.getAttribute("y")).isEqualTo(overdue.getAttribute("y"));
        double openEnd = Double.parseDouble(open.getAttribute("x")) + Double.parseDouble(open.getAttribute("width"));
        assertThat(Double.parseDouble(overdue.getAttribute("x"))).isEqualTo(openEnd);
        assertThat(byTag(chart, "text").map(Element::getText)).contains("4", "2", "5");
    }

    @Test
    void clickListenerMakesSegmentsFocusableLinksAndReportsWhatWasClicked() {
        BarChart chart = new BarChart("t", "d");
        chart.setData(TWO_SERIES);
        List<ChartClick> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("group");
        Element betaOverdue = segment(chart, "Beta", 1);
        assertThat(betaOverdue.getAttribute("role")).isEqualTo("link");
        assertThat(betaOverdue.getAttribute("tabindex")).isEqualTo("0");
        ChartTesting.click(betaOverdue);
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
        ChartTesting.click(segment(chart, "Beta", 1));
        assertThat(clicks).isEmpty();
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
                .filter(e -> "pso-chart-trend".equals(e.getAttribute("class")))
                .toList();
        assertThat(trends).hasSize(2);
        // The flat "Completed" series has a horizontal trend.
        assertThat(trends.get(1).getAttribute("y1")).isEqualTo(trends.get(1).getAttribute("y2"));
        chart.setShowTrend(false);
        assertThat(byTag(chart, "line").filter(e -> "pso-chart-trend".equals(e.getAttribute("class"))))
                .isEmpty();
    }

    @Test
    void donutHasOneSliceperNonZeroShareAndTheTotal() {
        DonutChart chart = new DonutChart("Hours", "Booked hours per project");
        chart.setData(ChartData.single("Hours", List.of("A", "B", "C"), List.of(6, 0, 2)));
        assertThat(segments(chart)).hasSize(2).allMatch(e -> e.getTag().equals("path"));
        assertThat(byTag(chart, "text").map(Element::getText)).contains("8", "A  6", "B  0");
    }

    @Test
    void gaugeShowsValueAndWarnsAboveTheThreshold() {
        GaugeChart chart = new GaugeChart("Utilisation", "Booked share of available hours this week");
        chart.setMax(120);
        chart.setWarnAbove(100);
        chart.setData(ChartData.single("Utilisation", List.of("This week"), List.of(110)));
        Element arc = segments(chart).getFirst();
        assertThat(arc.getStyle().get("fill")).isEqualTo("var(--pso-chart-8)");
        assertThat(byTag(chart, "text").map(Element::getText)).contains("110", "This week");
    }

    @Test
    void emptyDataShowsTheEmptyText() {
        BarChart chart = new BarChart("t", "d");
        chart.setEmptyText("No data");
        chart.setData(ChartData.single("x", List.of(), List.of()));
        assertThat(segments(chart)).isEmpty();
        assertThat(byTag(chart, "text").map(Element::getText)).containsExactly("No data");
    }
}
