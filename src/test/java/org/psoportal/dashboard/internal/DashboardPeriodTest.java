package org.psoportal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;

class DashboardPeriodTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void thisWeekIsMondayToSunday() {
        DashboardPeriod p = DashboardPeriod.of(Kind.THIS_WEEK, WEDNESDAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void lastThirtyDaysEndToday() {
        DashboardPeriod p = DashboardPeriod.of(Kind.LAST_30_DAYS, WEDNESDAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(p.to()).isEqualTo(WEDNESDAY);
    }

    @Test
    void thisQuarter() {
        DashboardPeriod p = DashboardPeriod.of(Kind.THIS_QUARTER, WEDNESDAY);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(DashboardPeriod.of(Kind.THIS_QUARTER, LocalDate.of(2026, 2, 10))
                        .to())
                .isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void customRangeMustNotEndBeforeItStarts() {
        assertThat(DashboardPeriod.custom(WEDNESDAY, WEDNESDAY).endExclusive()).isEqualTo(WEDNESDAY.plusDays(1));
        assertThatThrownBy(() -> DashboardPeriod.custom(WEDNESDAY, WEDNESDAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
