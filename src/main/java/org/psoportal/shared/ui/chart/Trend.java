package org.psoportal.shared.ui.chart;

import java.util.List;

/** A least-squares straight line through points (0, y0), (1, y1), ...: the trend of a weekly series. */
public record Trend(double intercept, double slope) {

    public static Trend fit(List<Double> ys) {
        int n = ys.size();
        if (n == 0) {
            return new Trend(0, 0);
        }
        if (n == 1) {
            return new Trend(ys.getFirst(), 0);
        }
        double meanX = (n - 1) / 2.0;
        double meanY = ys.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (ys.get(i) - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxy / sxx;
        return new Trend(meanY - slope * meanX, slope);
    }

    public double at(double x) {
        return intercept + slope * x;
    }

    /**
     * The part of [from, to] where the line is not below zero (counts and hours cannot be negative), as {from, to};
     * if the whole line is below zero, the point where it is highest.
     */
    public double[] clipAtZero(double from, double to) {
        double a = from;
        double b = to;
        if (slope != 0) {
            double zero = -intercept / slope;
            if (at(a) < 0) {
                a = Math.min(Math.max(zero, from), to);
            }
            if (at(b) < 0) {
                b = Math.max(Math.min(zero, to), from);
            }
        }
        return new double[] {a, b};
    }
}
