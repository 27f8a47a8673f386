package org.psoportal.dashboard.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.psoportal.shared.ui.Markup;
import tools.jackson.databind.node.ObjectNode;

/** What a browser shows of a figure's heading ({@link FigurePanel#head()}, markup) and what it sends on a click. */
final class FigureHeads {

    private FigureHeads() {}

    /** The heading as the browser parses it. */
    static Element parsed(FigurePanel<?> figure) {
        return Jsoup.parseBodyFragment(Markup.rendered(figure.head().getElement()))
                .body();
    }

    /** The toggle's label as shown (dashboard.css shows one of its two): "Table" or "Chart". */
    static String toggleText(FigurePanel<?> figure) {
        String shown = figure.head().hasClassName(FigurePanel.TABLE_SHOWN) ? "pso-when-table" : "pso-when-chart";
        return parsed(figure)
                .selectFirst("vaadin-button." + FigurePanel.TOGGLE + " span." + shown)
                .text();
    }

    /** A click on the table/chart toggle (or Enter or Space on it: the button makes them a click). */
    static void clickToggle(FigurePanel<?> figure) {
        click(figure, true);
    }

    /** A click elsewhere in the heading (its title, the CSV link). */
    static void clickElsewhere(FigurePanel<?> figure) {
        click(figure, false);
    }

    private static void click(FigurePanel<?> figure, boolean onToggle) {
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(FigurePanel.TOGGLE_CLICKED, onToggle);
        var head = figure.head().getElement();
        head.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(head, "click", data));
    }
}
