package org.psoportal.shared.ui.chart;

import java.io.Serializable;
import java.util.List;

/** What a chart shows: category labels and one or more series with a value per category. */
public record ChartData(List<String> categories, List<ChartSeries> series) implements Serializable {

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    public static ChartData single(String seriesName, List<String> categories, List<? extends Number> values) {
        return new ChartData(categories, List.of(ChartSeries.of(seriesName, values)));
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    public double value(int series, int category) {
        return this.series.get(series).values().get(category);
    }

    /** True when every value is a whole number (counts): the axis then has whole-number ticks. */
    public boolean wholeNumbers() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
    }

    /** The largest single value (grouped bars, lines). */
    public double maxValue() {
        return series.stream()
                .flatMap(s -> s.values().stream())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
    }

    /** The largest category total (stacked bars). */
    public double maxTotal() {
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            double total = 0;
            for (ChartSeries s : series) {
                total += Math.max(0, s.values().get(c));
            }
            max = Math.max(max, total);
        }
        return max;
    }
}
