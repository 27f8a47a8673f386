package org.psoportal.shared.ui.chart;

import java.io.Serializable;
import java.util.List;

/** One named row of values, one value per category of the chart. */
public record ChartSeries(String name, List<Double> values) implements Serializable {

    public ChartSeries {
        values = List.copyOf(values);
    }

    public static ChartSeries of(String name, List<? extends Number> values) {
        return new ChartSeries(name, values.stream().map(Number::doubleValue).toList());
    }
}
