package org.psoportal.shared.ui.chart;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Tiny helpers to build the shapes of a chart as SVG markup. A chart is drawn as a list of {@link Node}s, written
 * out once as text and handed to the browser as the {@code <svg>}'s inner markup: one server-side element per chart
 * instead of one per bar, label and axis line.
 */
final class Svg {

    private Svg() {}

    /** One SVG element of the drawing: a tag, its attributes, an optional text and child elements. */
    static final class Node implements Serializable {

        private final String tag;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Node> children = new ArrayList<>();
        private String text;

        Node(String tag) {
            this.tag = tag;
        }

        Node attr(String name, String value) {
            attributes.put(name, value);
            return this;
        }

        String attr(String name) {
            return attributes.get(name);
        }

        Node text(String text) {
            this.text = text;
            return this;
        }

        Node append(Node child) {
            children.add(child);
            return this;
        }

        /**
         * Writes the element. Every text and attribute value is escaped: labels are user data (project and request
         * type names), and the browser parses this markup as HTML, so an unescaped {@code <} or quote could add
         * elements or event handlers. Tags and attribute names are the drawing's own constants.
         */
        void writeTo(StringBuilder out) {
            out.append('<').append(tag);
            attributes.forEach((name, value) -> out.append(' ')
                    .append(name)
                    .append("=\"")
                    .append(escape(value))
                    .append('"'));
            out.append('>');
            if (text != null) {
                out.append(escape(text));
            }
            children.forEach(child -> child.writeTo(out));
            out.append("</").append(tag).append('>');
        }
    }

    /**
     * Text and attribute values made inert: {@code & < > " '} become character references (Spring's
     * {@link HtmlUtils}; with UTF-8 it leaves every other character as it is, so the markup is valid XML too).
     */
    static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    static Node el(String tag, String... attributes) {
        Node e = new Node(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            e.attr(attributes[i], attributes[i + 1]);
        }
        return e;
    }

    static Node text(String text, double x, double y, String cssClass) {
        return el("text", "x", num(x), "y", num(y), "class", cssClass).text(text);
    }

    static Node title(String text) {
        return new Node("title").text(text);
    }

    /** Coordinates with at most two decimals, always with a dot (no locale). */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        return BigDecimal.valueOf(v)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The fill of the n-th series (0-based), from the shared palette {@code --pso-chart-1..8}. */
    static String colour(int index) {
        return "var(--pso-chart-" + (Math.floorMod(index, 8) + 1) + ")";
    }

    static Node fill(Node e, int colourIndex) {
        return style(e, "fill", colour(colourIndex));
    }

    /** One CSS property in the element's style attribute (a fill or stroke from the palette). */
    static Node style(Node e, String property, String value) {
        return e.attr("style", property + ": " + value);
    }

    static String truncate(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }
}
