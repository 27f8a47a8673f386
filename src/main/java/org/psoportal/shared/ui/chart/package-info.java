/**
 * Small server-side SVG charts as Vaadin components: bar (grouped or stacked), line with trend, donut and gauge.
 * No JavaScript chart library: every shape is an SVG element built with the Element API (Flow creates {@code svg}
 * and its children in the SVG namespace), so clicks reach the server as ordinary DOM events. Colours come from the
 * CSS custom properties {@code --pso-chart-1..8}; every chart has a {@code viewBox} so it scales down to a phone.
 * The pure geometry ({@link org.psoportal.shared.ui.chart.NiceScale}, {@link org.psoportal.shared.ui.chart.Trend},
 * {@link org.psoportal.shared.ui.chart.Arcs}) is plain Java and unit-tested on its own.
 */
package org.psoportal.shared.ui.chart;
