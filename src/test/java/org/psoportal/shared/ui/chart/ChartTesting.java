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
        return descendants(chart.getElement()).stream().filter(e -> e.hasAttribute("data-category")).toList();
    }

    public static Element segment(SvgChart chart, String category, int series) {
        int index = chart.getData().categories().indexOf(category);
        return segments(chart).stream()
                .filter(e -> e.getAttribute("data-category").equals(String.valueOf(index))
                        && e.getAttribute("data-series").equals(String.valueOf(series)))
                .findFirst().orElseThrow(() -> new AssertionError("No segment for " + category + "/" + series));
    }

    public static Stream<Element> byTag(SvgChart chart, String tag) {
        return descendants(chart.getElement()).stream().filter(e -> e.getTag().equals(tag));
    }

    public static void click(Element shape) {
        shape.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(shape, "click", JsonNodeFactory.instance.objectNode()));
    }
}
