package org.psoportal.shared.ui.chart;

import org.psoportal.shared.ui.Markup;

/**
 * Horizontal bars, one row per category (labels on the left read well on a phone). Several series are drawn side by
 * side ({@link Mode#GROUPED}) or on top of each other ({@link Mode#STACKED}).
 */
public class BarChart extends SvgChart {

    public enum Mode {
        GROUPED,
        STACKED
    }

    static final double LABEL_WIDTH = 120;
    /**
     * Characters of a category label that fit LABEL_WIDTH at 12 px even in wide letters ("Not specified · Nor…" at 20
     * ran past the drawing's left edge on a phone); longer labels are cut with an ellipsis.
     */
    static final int LABEL_CHARS = 16;

    static final double RIGHT = 40;
    static final double TOP = 8;
    static final double BAR = 14;
    static final double GAP = 8;

    private final Mode mode;

    public BarChart(String title, String description) {
        this(title, description, Mode.GROUPED);
    }

    public BarChart(String title, String description, Mode mode) {
        super(title, description);
        this.mode = mode;
    }

    @Override
    protected void draw(ChartData data) {
        int seriesCount = data.series().size();
        boolean stacked = mode == Mode.STACKED;
        double rowHeight = (stacked ? BAR : BAR * seriesCount) + GAP;
        double plotHeight = data.categories().size() * rowHeight;
        double axisY = TOP + plotHeight + 4;
        double height = axisY + 16 + (seriesCount > 1 ? 20 : 0);
        viewBox(drawingWidth(), height);

        NiceScale scale = NiceScale.fromZero(stacked ? data.maxTotal() : data.maxValue(), data.wholeNumbers());
        double x0 = LABEL_WIDTH;
        double x1 = drawingWidth() - RIGHT;
        for (double tick : scale.ticks()) {
            double x = scale.map(tick, x0, x1);
            add(Markup.el(
                    "line",
                    "x1",
                    Svg.num(x),
                    "x2",
                    Svg.num(x),
                    "y1",
                    Svg.num(TOP),
                    "y2",
                    Svg.num(axisY - 4),
                    "class",
                    "pso-chart-grid"));
            add(Svg.text(format(tick), x, axisY + 10, "pso-chart-tick pso-chart-middle"));
        }
        for (int c = 0; c < data.categories().size(); c++) {
            double rowY = TOP + c * rowHeight;
            String category = data.categories().get(c);
            Markup.Node label = Svg.text(
                    Svg.truncate(category, LABEL_CHARS),
                    x0 - 6,
                    rowY + (rowHeight - GAP) / 2 + 4,
                    "pso-chart-label pso-chart-end");
            if (category.length() > LABEL_CHARS) {
                label.append(Svg.title(category)); // the whole name on hover; the table beside it has it too
            }
            add(label);
            double stackX = x0;
            for (int s = 0; s < seriesCount; s++) {
                double value = Math.max(0, data.value(s, c));
                double barWidth = scale.map(value, x0, x1) - x0;
                double y = stacked ? rowY : rowY + s * BAR;
                double x = stacked ? stackX : x0;
                Markup.Node bar = Markup.el(
                        "rect",
                        "x",
                        Svg.num(x),
                        "y",
                        Svg.num(y),
                        "width",
                        Svg.num(barWidth),
                        "height",
                        Svg.num(BAR - 2),
                        "class",
                        "pso-chart-bar");
                Svg.fill(bar, s);
                add(segment(bar, c, s));
                if (!stacked) {
                    add(Svg.text(format(value), x + barWidth + 3, y + BAR - 4, "pso-chart-value"));
                }
                stackX += barWidth;
            }
            if (stacked) {
                double total = 0;
                for (int s = 0; s < seriesCount; s++) {
                    total += Math.max(0, data.value(s, c));
                }
                add(Svg.text(format(total), stackX + 3, rowY + BAR - 4, "pso-chart-value"));
            }
        }
        legend(x0, height - 6, x1 - x0);
    }
}
