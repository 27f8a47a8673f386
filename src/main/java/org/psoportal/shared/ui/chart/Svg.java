package org.psoportal.shared.ui.chart;

import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Tiny helpers to build SVG elements. Flow puts {@code svg} and everything appended to it in the SVG namespace. */
final class Svg {

    private Svg() {}

    static Element el(String tag, String... attributes) {
        Element e = new Element(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            e.setAttribute(attributes[i], attributes[i + 1]);
        }
        return e;
    }

    static Element text(String text, double x, double y, String cssClass) {
        Element t = el("text", "x", num(x), "y", num(y), "class", cssClass);
        t.setText(text);
        return t;
    }

    static Element title(String text) {
        Element t = new Element("title");
        t.setText(text);
        return t;
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

    static void fill(Element e, int colourIndex) {
        e.getStyle().set("fill", colour(colourIndex));
    }

    static String truncate(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }
}
