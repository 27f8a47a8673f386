package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.psoportal.shared.ui.chart.BarChart;
import org.psoportal.shared.ui.chart.ChartData;
import org.psoportal.shared.ui.chart.ChartSeries;
import org.psoportal.shared.ui.chart.DonutChart;
import org.psoportal.shared.ui.chart.GaugeChart;
import org.psoportal.shared.ui.chart.LineChart;
import org.psoportal.shared.ui.chart.SvgChart;

/**
 * The charts' markup is set as the {@code <svg>}'s {@code innerHTML}, which the browser parses as HTML, and their
 * labels are user data (project names, request types, skills, people). Each payload as a category, a series name and
 * a formatted value must stay text: parsed as the browser parses it (HTML, inside an {@code <svg>}) the drawing has
 * only the SVG shapes the charts draw, no event handler or link attribute, and the payload comes back as written.
 */
class ChartMarkupXssTest {

    static final List<String> PAYLOADS = XssPayloads.ALL;

    /** Every element the charts draw; anything else in the parsed markup was made by a payload. */
    private static final Set<String> DRAWN =
            Set.of("svg", "title", "desc", "text", "rect", "line", "polyline", "circle", "path");

    private static final Set<String> DRAWN_ATTRIBUTES = Set.of(
            "x",
            "y",
            "x1",
            "x2",
            "y1",
            "y2",
            "cx",
            "cy",
            "r",
            "rx",
            "d",
            "points",
            "width",
            "height",
            "class",
            "style",
            "aria-label",
            "role",
            "tabindex",
            "data-category",
            "data-series");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void aPayloadInALabelOrSeriesNameOrValueStaysText(String payload) {
        ChartData data = new ChartData(
                List.of(payload, "CRM"),
                List.of(ChartSeries.of(payload, List.of(3, 1)), ChartSeries.of("Overdue", List.of(1, 2))));
        List<SvgChart> charts = List.of(
                new BarChart(payload, payload),
                new BarChart(payload, payload, BarChart.Mode.STACKED),
                new LineChart(payload, payload),
                new DonutChart(payload, payload),
                new GaugeChart(payload, payload));
        for (SvgChart chart : charts) {
            chart.addChartClickListener(click -> {});
            chart.setValueFormat(v -> v + payload);
            chart.setData(data);
            String markup = chart.markup();

            Element asTheBrowserParsesIt =
                    Jsoup.parseBodyFragment("<svg>" + markup + "</svg>").body().selectFirst("svg");
            assertInert(asTheBrowserParsesIt, chart);
            Element asXml = Jsoup.parse("<svg>" + markup + "</svg>", "", Parser.xmlParser())
                    .selectFirst("svg");
            assertInert(asXml, chart);

            assertThat(asXml.child(0).text()).as("the title, as written").isEqualTo(payload);
            assertThat(asXml.select("[aria-label]").eachAttr("aria-label"))
                    .as("segment names keep the payload as written")
                    .anyMatch(label -> label.contains(payload));
        }
    }

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void aPayloadAsTheEmptyTextStaysText(String payload) {
        BarChart chart = new BarChart("t", "d");
        chart.setEmptyText(payload);
        chart.setData(ChartData.single("x", List.of(), List.of()));
        Element svg = Jsoup.parseBodyFragment("<svg>" + chart.markup() + "</svg>")
                .body()
                .selectFirst("svg");
        assertInert(svg, chart);
        assertThat(svg.select("text").text()).isEqualTo(payload);
    }

    private static void assertInert(Element svg, SvgChart chart) {
        assertThat(svg.getAllElements())
                .as("%s draws only its shapes", chart.getClass().getSimpleName())
                .allMatch(e -> DRAWN.contains(e.normalName()), "is a shape the chart draws");
        assertThat(svg.getAllElements().stream()
                        .filter(e -> e != svg)
                        .flatMap(e -> e.attributes().asList().stream())
                        .map(Attribute::getKey))
                .as("no attribute but the chart's own (no on..., href, src)")
                .allMatch(DRAWN_ATTRIBUTES::contains);
    }
}
