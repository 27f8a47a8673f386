package org.psoportal.shared.ui.chart;

import org.psoportal.shared.ui.Markup;

/**
 * One value against a maximum on a half ring, e.g. utilisation in percent (first series, first category). The arc
 * turns to the warning colour above {@link #setWarnAbove(double)}.
 */
public class GaugeChart extends SvgChart {

    static final double CX = 100;
    static final double CY = 100;
    static final double OUTER = 90;
    static final double INNER = 62;

    private double max = 100;
    private double warnAbove = Double.MAX_VALUE;

    public GaugeChart(String title, String description) {
        super(title, description);
    }

    public void setMax(double max) {
        this.max = max;
        setData(getData());
    }

    public void setWarnAbove(double warnAbove) {
        this.warnAbove = warnAbove;
        setData(getData());
    }

    @Override
    protected void draw(ChartData data) {
        viewBox(200, 125);
        double value = data.value(0, 0);
        add(Markup.el("path", "d", Arcs.ringSegment(CX, CY, OUTER, INNER, -90, 90), "class", "pso-chart-track"));
        double fraction = Math.max(0, Math.min(1, value / max));
        if (fraction > 0) {
            Markup.Node arc = Markup.el(
                    "path",
                    "d",
                    Arcs.ringSegment(CX, CY, OUTER, INNER, -90, -90 + 180 * fraction),
                    "class",
                    "pso-chart-slice" + (value > warnAbove ? " pso-chart-warn" : ""));
            Svg.fill(arc, 0);
            if (value > warnAbove) {
                Svg.style(arc, "fill", "var(--pso-chart-8)");
            }
            add(segment(arc, 0, 0));
        }
        add(Svg.text(format(value), CX, CY - 8, "pso-chart-total pso-chart-middle"));
        add(Svg.text(Svg.truncate(data.categories().getFirst(), 28), CX, CY + 18, "pso-chart-label pso-chart-middle"));
    }
}
