package org.psoportal.shared.ui.chart;

import java.io.Serializable;

/** A click (or Enter key) on one bar, point or slice: which category and which series. */
public record ChartClick(int categoryIndex, int seriesIndex, String category, double value) implements Serializable {}
