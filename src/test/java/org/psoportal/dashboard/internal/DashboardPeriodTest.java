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

    @Test
    void stepsCutAPeriodAtEachMondayAndALongOneAtEachMonth() {
        // last 30 days from a Tuesday to a Wednesday: a partial first and last week
        assertThat(DashboardPeriod.of(Kind.LAST_30_DAYS, WEDNESDAY).steps())
                .containsExactly(
                        LocalDate.of(2026, 10, 27),
                        LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 26));
        assertThat(DashboardPeriod.of(Kind.THIS_WEEK, WEDNESDAY).steps())
                .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
        assertThat(DashboardPeriod.of(Kind.THIS_QUARTER, WEDNESDAY).steps()).hasSize(15);
        assertThat(DashboardPeriod.custom(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31))
                        .steps())
                .hasSize(13)
                .startsWith(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 1))
                .endsWith(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
    }
}
