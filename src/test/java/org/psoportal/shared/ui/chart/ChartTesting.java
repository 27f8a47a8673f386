package org.psoportal.shared.ui.chart;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Test helpers: read a chart as the browser gets it (its {@code <svg>} element's attributes and its inner markup,
 * parsed) and click its shapes as the browser would (a DOM "click" event on the {@code <svg>} with the shape's data
 * attributes).
 */
public final class ChartTesting {

    private ChartTesting() {}

    /**
     * The chart's {@code <svg>} with its shapes, parsed from its markup as XML: a shape the markup did not close, or
     * a text not escaped, fails here or shows as an element of its own. Attribute names of the {@code <svg>} itself
     * are lower case, as Flow keeps them ({@code viewbox}).
     */
    public static Element svg(SvgChart chart) {
        String markup = chart.markup();
        var root = chart.getElement();
        StringBuilder open = new StringBuilder("<svg");
        root.getAttributeNames()
                .forEach(name -> open.append(' ')
                        .append(name)
                        .append("=\"")
                        .append(org.psoportal.shared.ui.Markup.escape(root.getAttribute(name)))
                        .append('"'));
        open.append('>');
        return Jsoup.parse(open + markup + "</svg>", "", Parser.xmlParser()).selectFirst("svg");
    }

    /** The shapes that stand for a value (bars, points, slices), in drawing order. */
    public static List<Element> segments(SvgChart chart) {
        return svg(chart).select("[data-category]");
    }

    public static Element segment(SvgChart chart, String category, int series) {
        int index = chart.getData().categories().indexOf(category);
        return segments(chart).stream()
                .filter(e -> e.attr("data-category").equals(String.valueOf(index))
                        && e.attr("data-series").equals(String.valueOf(series)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No segment for " + category + "/" + series));
    }

    public static Stream<Element> byTag(SvgChart chart, String tag) {
        return svg(chart).getElementsByTag(tag).stream();
    }

    /** The texts the chart writes (labels, values, ticks, legend) as written, without the tooltips inside them. */
    public static Stream<String> texts(SvgChart chart) {
        return byTag(chart, "text").map(Element::wholeOwnText);
    }

    /** A CSS property of the shape's style attribute, e.g. its {@code fill}. */
    public static String style(Element shape, String property) {
        for (String declaration : shape.attr("style").split(";")) {
            String[] nameAndValue = declaration.split(":", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].trim().equals(property)) {
                return nameAndValue[1].trim();
            }
        }
        return null;
    }

    /** A click on {@code shape} of {@code chart}: the chart hears it on its {@code <svg>}, with the shape's data. */
    public static void click(SvgChart chart, Element shape) {
        clickWith(chart, shape.attr("data-category"), shape.attr("data-series"));
    }

    /** A click the browser reports with event data of its own (forged, stale, or beside the segments: null). */
    public static void clickWith(SvgChart chart, String category, String series) {
        var svg = chart.getElement();
        var data = JsonNodeFactory.instance.objectNode();
        data.put(SvgChart.CATEGORY, category);
        data.put(SvgChart.SERIES, series);
        svg.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(svg, "click", data));
    }
}
