package org.psoportal.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void roundsUpToNiceTicksFromZero() {
        NiceScale s = NiceScale.fromZero(37);
        assertThat(s.niceMin()).isZero();
        assertThat(s.niceMax()).isEqualTo(40);
        assertThat(s.ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
    }

    @Test
    void smallFractionsGetDecimalTicksWithoutNoise() {
        NiceScale s = NiceScale.fromZero(0.7);
        assertThat(s.tickSpacing()).isEqualTo(0.25);
        assertThat(s.ticks()).containsExactly(0.0, 0.25, 0.5, 0.75);
    }

    @Test
    void emptyOrFlatDataStillHasAnAxis() {
        NiceScale s = NiceScale.fromZero(0);
        assertThat(s.niceMax()).isGreaterThan(0);
        assertThat(s.ticks()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void mapsValuesOntoPixelsIncludingReversedRanges() {
        NiceScale s = NiceScale.fromZero(100);
        assertThat(s.map(50, 0, 200)).isCloseTo(100, within(1e-9));
        assertThat(s.map(0, 180, 10)).isCloseTo(180, within(1e-9));
        assertThat(s.map(100, 180, 10)).isCloseTo(10, within(1e-9));
    }

    @Test
    void niceNumbers() {
        assertThat(NiceScale.niceNumber(7.3, true)).isEqualTo(5);
        assertThat(NiceScale.niceNumber(7.6, true)).isEqualTo(10);
        assertThat(NiceScale.niceNumber(240, false)).isEqualTo(250);
        assertThat(NiceScale.niceNumber(0.03, true)).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void wholeNumberTicksForCounts() {
        NiceScale s = NiceScale.fromZero(1, true);
        assertThat(s.ticks()).containsExactly(0.0, 1.0);
        assertThat(NiceScale.fromZero(3, true).ticks()).containsExactly(0.0, 1.0, 2.0, 3.0);
        assertThat(NiceScale.fromZero(37, true).ticks()).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0);
    }
}
