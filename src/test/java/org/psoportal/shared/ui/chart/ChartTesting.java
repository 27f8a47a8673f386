package org.psoportal.shared.ui.chart;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.node.JsonNodeFactory;

/** Test helpers: find the shapes of a chart and click them as the browser would (a DOM "click" event). */
public final class ChartTesting {

    private ChartTesting() {}

    public static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            all.add(child);
            all.addAll(descendants(child));
        });
        return all;
    }

    /** The shapes that stand for a value (bars, points, slices), in drawing order. */
    public static List<Element> segments(SvgChart chart) {
        return descendants(chart.getElement()).stream()
                .filter(e -> e.hasAttribute("data-category"))
                .toList();
    }

    public static Element segment(SvgChart chart, String category, int series) {
        int index = chart.getData().categories().indexOf(category);
        return segments(chart).stream()
                .filter(e -> e.getAttribute("data-category").equals(String.valueOf(index))
                        && e.getAttribute("data-series").equals(String.valueOf(series)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No segment for " + category + "/" + series));
    }

    public static Stream<Element> byTag(SvgChart chart, String tag) {
        return descendants(chart.getElement()).stream().filter(e -> e.getTag().equals(tag));
    }

    /** A click on {@code shape}: the chart hears it on its {@code <svg>}, with the shape's data attributes. */
    public static void click(Element shape) {
        Element svg = shape;
        while (!svg.getTag().equals("svg")) {
            svg = svg.getParent();
        }
        click(svg, shape.getAttribute("data-category"), shape.getAttribute("data-series"));
    }

    /** A click the browser reports with event data of its own (forged or stale). */
    public static void clickWith(SvgChart chart, String category, String series) {
        click(chart.getElement(), category, series);
    }

    private static void click(Element svg, String category, String series) {
        var data = JsonNodeFactory.instance.objectNode();
        data.put(SvgChart.CATEGORY, category);
        data.put(SvgChart.SERIES, series);
        svg.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(svg, "click", data));
    }
}
