package org.psoportal.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;
import org.psoportal.shared.ui.Markup;

/** Lines over evenly spaced categories (e.g. weeks), each with its dashed least-squares trend line if wanted. */
public class LineChart extends SvgChart {

    static final double HEIGHT = 220;
    static final double LEFT = 36;
    static final double RIGHT = 12;
    static final double TOP = 10;
    static final double BOTTOM = 48;

    private boolean showTrend = true;

    public LineChart(String title, String description) {
        super(title, description);
    }

    public void setShowTrend(boolean showTrend) {
        this.showTrend = showTrend;
        setData(getData());
    }

    @Override
    protected void draw(ChartData data) {
        viewBox(drawingWidth(), HEIGHT);
        int n = data.categories().size();
        double yBottom = HEIGHT - BOTTOM;
        NiceScale scale = NiceScale.fromZero(data.maxValue(), data.wholeNumbers());
        for (double tick : scale.ticks()) {
            double y = scale.map(tick, yBottom, TOP);
            add(Markup.el(
                    "line",
                    "x1",
                    Svg.num(LEFT),
                    "x2",
                    Svg.num(drawingWidth() - RIGHT),
                    "y1",
                    Svg.num(y),
                    "y2",
                    Svg.num(y),
                    "class",
                    "pso-chart-grid"));
            add(Svg.text(format(tick), LEFT - 4, y + 4, "pso-chart-tick pso-chart-end"));
        }
        int labelEvery = Math.max(1, (int) Math.ceil(n / 6.0));
        for (int c = 0; c < n; c += labelEvery) {
            add(Svg.text(
                    Svg.truncate(data.categories().get(c), 10),
                    x(c, n),
                    yBottom + 14,
                    "pso-chart-tick pso-chart-middle"));
        }
        for (int s = 0; s < data.series().size(); s++) {
            List<Double> values = data.series().get(s).values();
            List<String> points = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                points.add(Svg.num(x(c, n)) + "," + Svg.num(scale.map(values.get(c), yBottom, TOP)));
            }
            Markup.Node line = Markup.el("polyline", "points", String.join(" ", points), "class", "pso-chart-line");
            Svg.style(line, "stroke", Svg.colour(s));
            add(line);
            if (showTrend && n > 1) {
                Trend trend = Trend.fit(values);
                double[] span = trend.clipAtZero(0, n - 1);
                Markup.Node t = Markup.el(
                        "line",
                        "x1",
                        Svg.num(xAt(span[0], n)),
                        "y1",
                        Svg.num(scale.map(trend.at(span[0]), yBottom, TOP)),
                        "x2",
                        Svg.num(xAt(span[1], n)),
                        "y2",
                        Svg.num(scale.map(trend.at(span[1]), yBottom, TOP)),
                        "class",
                        "pso-chart-trend");
                Svg.style(t, "stroke", Svg.colour(s));
                add(t);
            }
            for (int c = 0; c < n; c++) {
                Markup.Node dot = Markup.el(
                        "circle",
                        "cx",
                        Svg.num(x(c, n)),
                        "cy",
                        Svg.num(scale.map(values.get(c), yBottom, TOP)),
                        "r",
                        "4",
                        "class",
                        "pso-chart-point");
                Svg.fill(dot, s);
                add(segment(dot, c, s));
            }
        }
        legend(LEFT, HEIGHT - 8, drawingWidth() - LEFT - RIGHT);
    }

    double x(int index, int count) {
        return xAt(index, count);
    }

    /** The x coordinate of a (possibly fractional) category position. */
    double xAt(double position, int count) {
        double span = drawingWidth() - LEFT - RIGHT - 16;
        return LEFT + 8 + (count < 2 ? span / 2 : span * position / (count - 1));
    }
}
