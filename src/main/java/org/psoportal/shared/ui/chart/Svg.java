package org.psoportal.shared.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.psoportal.shared.ui.Markup;
import org.psoportal.shared.ui.Markup.Node;

/**
 * Tiny helpers to build the shapes of a chart as SVG markup. A chart is drawn as a list of {@link Markup.Node}s,
 * written out once as text and handed to the browser as the {@code <svg>}'s inner markup: one server-side element per
 * chart instead of one per bar, label and axis line.
 */
final class Svg {

    private Svg() {}

    static Node text(String text, double x, double y, String cssClass) {
        return Markup.el("text", "x", num(x), "y", num(y), "class", cssClass).text(text);
    }

    static Node title(String text) {
        return Markup.el("title").text(text);
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
