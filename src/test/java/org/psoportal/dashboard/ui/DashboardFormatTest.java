package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DashboardFormatTest {

    private static final ZonedDateTime NINE = ZonedDateTime.of(2026, 12, 4, 9, 0, 0, 0, ZoneId.of("Europe/Zurich"));

    @Test
    void aBookingTodayShowsInThePortalsFormatAndItsCsvStaysIso() {
        assertThat(DashboardFormat.timeRange(NINE, NINE.plusMinutes(90))).isEqualTo("Fri 4 Dec 2026, 09:00–10:30");
        assertThat(DashboardFormat.isoTimeRange(NINE, NINE.plusMinutes(90))).isEqualTo("2026-12-04 09:00–10:30");
    }
}
