package org.psoportal.dashboard.ui;

import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;

/**
 * One column of a figure's table and CSV. The table shows {@code display}; the CSV gets {@code raw} (plain numbers
 * with a dot, ISO dates) so spreadsheets can compute with it.
 */
record FigureColumn<T>(String header, SerializableFunction<T, String> display, SerializableFunction<T, Object> raw)
        implements Serializable {

    static <T> FigureColumn<T> text(String header, SerializableFunction<T, String> value) {
        return new FigureColumn<>(header, value, value::apply);
    }

    static <T> FigureColumn<T> number(String header, SerializableFunction<T, Number> value) {
        return new FigureColumn<>(header, row -> format(value.apply(row)), value::apply);
    }

    String csvValue(T row) {
        Object v = raw.apply(row);
        return v == null ? "" : v.toString();
    }

    static String format(Number n) {
        if (n == null) {
            return "";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(java.util.Locale.ROOT, "%.1f", d);
    }
}
