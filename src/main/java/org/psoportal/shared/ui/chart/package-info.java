/**
 * Small server-side SVG charts as Vaadin components: bar (grouped or stacked), line with trend, donut and gauge.
 * No JavaScript chart library: each chart is one {@code <svg>} element whose shapes are written on the server as
 * escaped SVG markup and set as its {@code innerHTML} (one server-side element per chart, not one per bar, label and
 * axis line). Clicks and Enter are heard on the {@code <svg>}; the browser sends the segment's data attributes.
 * Colours come from the CSS custom properties {@code --pso-chart-1..8}; every chart has a {@code viewBox} so it
 * scales down to a phone. The pure geometry ({@link org.psoportal.shared.ui.chart.NiceScale},
 * {@link org.psoportal.shared.ui.chart.Trend}, {@link org.psoportal.shared.ui.chart.Arcs}) is plain Java and
 * unit-tested on its own.
 */
package org.psoportal.shared.ui.chart;
