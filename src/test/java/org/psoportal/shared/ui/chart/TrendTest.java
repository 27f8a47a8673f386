package org.psoportal.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void exactLine() {
        Trend t = Trend.fit(List.of(1.0, 3.0, 5.0, 7.0));
        assertThat(t.slope()).isCloseTo(2, within(1e-9));
        assertThat(t.intercept()).isCloseTo(1, within(1e-9));
        assertThat(t.at(10)).isCloseTo(21, within(1e-9));
    }

    @Test
    void leastSquaresByHand() {
        // x = 0,1,2; y = 1,2,6: mean x 1, mean y 3, sxy = (-1)(-2) + 0 + (1)(3) = 5, sxx = 2 -> slope 2.5, b = 0.5
        Trend t = Trend.fit(List.of(1.0, 2.0, 6.0));
        assertThat(t.slope()).isCloseTo(2.5, within(1e-9));
        assertThat(t.intercept()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void degenerateSeries() {
        assertThat(Trend.fit(List.of())).isEqualTo(new Trend(0, 0));
        assertThat(Trend.fit(List.of(4.0))).isEqualTo(new Trend(4, 0));
        assertThat(Trend.fit(List.of(3.0, 3.0, 3.0)).slope()).isZero();
    }

    @Test
    void clipsTheLineWhereItWouldGoBelowZero() {
        // y = -2 + 1x: below zero left of x = 2
        Trend t = new Trend(-2, 1);
        assertThat(t.clipAtZero(0, 11)).containsExactly(2.0, 11.0);
        // y = 5 - 1x: below zero right of x = 5
        assertThat(new Trend(5, -1).clipAtZero(0, 11)).containsExactly(0.0, 5.0);
        assertThat(new Trend(3, 0).clipAtZero(0, 11)).containsExactly(0.0, 11.0);
    }
}
