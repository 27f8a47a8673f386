package org.psoportal.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArcsTest {

    @Test
    void anglesStartAtTwelveOClockClockwise() {
        double[] top = Arcs.point(100, 100, 50, 0);
        double[] right = Arcs.point(100, 100, 50, 90);
        double[] bottom = Arcs.point(100, 100, 50, 180);
        assertThat(top[0]).isCloseTo(100, within(1e-9));
        assertThat(top[1]).isCloseTo(50, within(1e-9));
        assertThat(right[0]).isCloseTo(150, within(1e-9));
        assertThat(bottom[1]).isCloseTo(150, within(1e-9));
    }

    @Test
    void quarterRingPath() {
        assertThat(Arcs.ringSegment(100, 100, 50, 30, 0, 90))
                .isEqualTo("M100 50 A50 50 0 0 1 150 100 L130 100 A30 30 0 0 0 100 70 Z");
    }

    @Test
    void largeArcFlagAboveHalfAndFullCircleInTwoHalves() {
        assertThat(Arcs.ringSegment(0, 0, 10, 5, 0, 270)).contains(" 0 1 1 ");
        assertThat(Arcs.ringSegment(0, 0, 10, 5, 0, 360).split("Z")).hasSize(2);
    }
}
