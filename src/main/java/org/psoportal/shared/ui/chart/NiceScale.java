package org.psoportal.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis with "nice" round ticks (1, 2, 2.5, 5 times a power of ten) that covers [min, max], mapped
 * onto a pixel range. Pure arithmetic, no UI.
 */
public final class NiceScale {

    private final double niceMin;
    private final double niceMax;
    private final double tickSpacing;

    public NiceScale(double min, double max, int maxTicks) {
        this(min, max, maxTicks, false);
    }

    /** With {@code wholeNumbers} the ticks are at least 1 apart (counts have no half tasks). */
    public NiceScale(double min, double max, int maxTicks, boolean wholeNumbers) {
        if (maxTicks < 2) {
            throw new IllegalArgumentException("maxTicks must be at least 2");
        }
        double lo = Math.min(min, max);
        double hi = Math.max(min, max);
        if (hi - lo < 1e-12) {
            // A flat or empty series still gets an axis: 0..1 above a zero value, around it otherwise.
            hi = lo + (lo == 0 ? 1 : Math.abs(lo));
        }
        double range = niceNumber(hi - lo, false);
        double spacing = niceNumber(range / (maxTicks - 1), true);
        tickSpacing = wholeNumbers ? Math.max(1, Math.ceil(spacing)) : spacing;
        niceMin = Math.floor(lo / tickSpacing) * tickSpacing;
        niceMax = Math.ceil(hi / tickSpacing) * tickSpacing;
    }

    /** A scale from zero: what bar charts of counts and hours use. */
    public static NiceScale fromZero(double max) {
        return fromZero(max, false);
    }

    public static NiceScale fromZero(double max, boolean wholeNumbers) {
        return new NiceScale(0, Math.max(0, max), 5, wholeNumbers);
    }

    public double niceMin() {
        return niceMin;
    }

    public double niceMax() {
        return niceMax;
    }

    public double tickSpacing() {
        return tickSpacing;
    }

    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long steps = Math.round((niceMax - niceMin) / tickSpacing);
        for (long i = 0; i <= steps; i++) {
            ticks.add(clean(niceMin + i * tickSpacing));
        }
        return ticks;
    }

    /** Maps a value onto [pixelAtMin, pixelAtMax] (the range may be reversed, as for a y axis). */
    public double map(double value, double pixelAtMin, double pixelAtMax) {
        return pixelAtMin + (value - niceMin) / (niceMax - niceMin) * (pixelAtMax - pixelAtMin);
    }

    static double niceNumber(double x, boolean round) {
        double exponent = Math.floor(Math.log10(x));
        double fraction = x / Math.pow(10, exponent);
        double nice;
        if (round) {
            nice = fraction < 1.5 ? 1 : fraction < 2.25 ? 2 : fraction < 3.5 ? 2.5 : fraction < 7.5 ? 5 : 10;
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        }
        return nice * Math.pow(10, exponent);
    }

    /** Removes floating-point noise such as 0.30000000000000004. */
    private static double clean(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
