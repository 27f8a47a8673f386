package org.psoportal.shared.ui.chart;

/**
 * Path data for ring segments (donut slices, gauge arcs). Angles in degrees, 0 = twelve o'clock, clockwise.
 */
public final class Arcs {

    private Arcs() {}

    /** The point on a circle at the given angle. */
    public static double[] point(double cx, double cy, double r, double angleDegrees) {
        double rad = Math.toRadians(angleDegrees);
        return new double[] {cx + r * Math.sin(rad), cy - r * Math.cos(rad)};
    }

    /**
     * A closed ring segment between two angles. A full circle (360 degrees) is drawn as two halves because a
     * single SVG arc cannot start and end at the same point.
     */
    public static String ringSegment(double cx, double cy, double outer, double inner, double start, double end) {
        double sweep = end - start;
        if (sweep >= 359.999) {
            return ringSegment(cx, cy, outer, inner, start, start + 180) + " "
                    + ringSegment(cx, cy, outer, inner, start + 180, start + 360 - 0.001);
        }
        int large = sweep > 180 ? 1 : 0;
        double[] o1 = point(cx, cy, outer, start);
        double[] o2 = point(cx, cy, outer, end);
        double[] i2 = point(cx, cy, inner, end);
        double[] i1 = point(cx, cy, inner, start);
        return "M" + Svg.num(o1[0]) + " " + Svg.num(o1[1])
                + " A" + Svg.num(outer) + " " + Svg.num(outer) + " 0 " + large + " 1 " + Svg.num(o2[0]) + " "
                + Svg.num(o2[1])
                + " L" + Svg.num(i2[0]) + " " + Svg.num(i2[1])
                + " A" + Svg.num(inner) + " " + Svg.num(inner) + " 0 " + large + " 0 " + Svg.num(i1[0]) + " "
                + Svg.num(i1[1])
                + " Z";
    }
}
