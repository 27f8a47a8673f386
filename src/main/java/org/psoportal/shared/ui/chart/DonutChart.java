package org.psoportal.shared.ui.chart;

import org.psoportal.shared.ui.Markup;

/** Shares of a whole (first series): a ring of slices, the total in the middle and a legend with the values. */
public class DonutChart extends SvgChart {

    static final double CX = 90;
    static final double CY = 90;
    static final double OUTER = 80;
    static final double INNER = 50;

    public DonutChart(String title, String description) {
        super(title, description);
    }

    @Override
    protected void draw(ChartData data) {
        int n = data.categories().size();
        double legendHeight = 18 * n + 10;
        // beside the ring when there is room, below it on a phone (the legend's names need the width)
        boolean below = drawingWidth() < WIDE;
        double legendX = below ? 10 : 200;
        double legendTop = below ? 2 * CY + 10 : 0;
        viewBox(drawingWidth(), below ? legendTop + legendHeight : Math.max(180, legendHeight));
        double total = 0;
        for (int c = 0; c < n; c++) {
            total += Math.max(0, data.value(0, c));
        }
        double angle = 0;
        for (int c = 0; c < n; c++) {
            double value = Math.max(0, data.value(0, c));
            if (total > 0 && value > 0) {
                double sweep = value / total * 360;
                Markup.Node slice = Markup.el(
                        "path",
                        "d",
                        Arcs.ringSegment(CX, CY, OUTER, INNER, angle, angle + sweep),
                        "class",
                        "pso-chart-slice");
                Svg.fill(slice, c);
                add(segment(slice, c, 0));
                angle += sweep;
            }
            double ly = legendTop + 14 + c * 18;
            Markup.Node swatch = Markup.el(
                    "rect",
                    "x",
                    Svg.num(legendX),
                    "y",
                    Svg.num(ly - 9),
                    "width",
                    "10",
                    "height",
                    "10",
                    "rx",
                    "2",
                    "class",
                    "pso-chart-swatch");
            Svg.fill(swatch, c);
            add(swatch);
            add(Svg.text(
                    Svg.truncate(data.categories().get(c), 24) + "  " + format(value),
                    legendX + 14,
                    ly,
                    "pso-chart-legend"));
        }
        if (total <= 0) {
            add(Markup.el(
                    "circle",
                    "cx",
                    Svg.num(CX),
                    "cy",
                    Svg.num(CY),
                    "r",
                    Svg.num((OUTER + INNER) / 2),
                    "class",
                    "pso-chart-track"));
        }
        add(Svg.text(format(total), CX, CY + 6, "pso-chart-total pso-chart-middle"));
    }
}
