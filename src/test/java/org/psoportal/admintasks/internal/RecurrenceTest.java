package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.UserMessageException;

class RecurrenceTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthlyOnThe31stClampsToShortMonthsAndComesBack() {
        Recurrence r = Recurrence.monthly(31);
        assertThat(r.next(d("2026-01-31"))).isEqualTo(d("2026-02-28"));
        assertThat(r.next(d("2026-02-28"))).isEqualTo(d("2026-03-31"));
        assertThat(r.next(d("2026-03-31"))).isEqualTo(d("2026-04-30"));
        assertThat(r.next(d("2028-01-31"))).as("leap year").isEqualTo(d("2028-02-29"));
        assertThat(r.next(d("2026-12-31"))).isEqualTo(d("2027-01-31"));
        assertThat(r.firstOnOrAfter(d("2026-02-10"))).isEqualTo(d("2026-02-28"));
    }

    @Test
    void monthlyOnAnOrdinaryDay() {
        Recurrence r = Recurrence.monthly(15);
        assertThat(r.firstOnOrAfter(d("2026-03-15"))).isEqualTo(d("2026-03-15"));
        assertThat(r.firstOnOrAfter(d("2026-03-16"))).isEqualTo(d("2026-04-15"));
        assertThat(r.next(d("2026-03-15"))).isEqualTo(d("2026-04-15"));
        assertThat(r.next(d("2026-03-10"))).as("from a date before the day").isEqualTo(d("2026-03-15"));
    }

    @Test
    void weeklyOnAWeekday() {
        Recurrence r = Recurrence.weekly(DayOfWeek.FRIDAY);
        assertThat(r.firstOnOrAfter(d("2026-11-25"))).isEqualTo(d("2026-11-27"));
        assertThat(r.firstOnOrAfter(d("2026-11-27"))).isEqualTo(d("2026-11-27"));
        assertThat(r.next(d("2026-11-27"))).isEqualTo(d("2026-12-04"));
    }

    @Test
    void everyNDays() {
        Recurrence r = Recurrence.everyDays(10);
        assertThat(r.firstOnOrAfter(d("2026-11-25"))).isEqualTo(d("2026-11-25"));
        assertThat(r.next(d("2026-12-28"))).isEqualTo(d("2027-01-07"));
    }

    @Test
    void missedRunsCollapseIntoTheLatestDueOne() {
        Recurrence weekly = Recurrence.weekly(DayOfWeek.MONDAY);
        assertThat(weekly.latestDue(d("2026-11-02"), d("2026-11-25"))).isEqualTo(d("2026-11-23"));
        assertThat(weekly.latestDue(d("2026-11-23"), d("2026-11-23"))).isEqualTo(d("2026-11-23"));
        assertThat(Recurrence.monthly(31).latestDue(d("2026-01-31"), d("2026-04-29")))
                .isEqualTo(d("2026-03-31"));
    }

    @Test
    void refusesImpossibleSchedules() {
        assertThatThrownBy(() -> Recurrence.monthly(0)).isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Recurrence.monthly(32)).isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> Recurrence.everyDays(0)).isInstanceOf(UserMessageException.class);
        assertThatThrownBy(() -> new Recurrence(ScheduleKind.WEEKLY, null, null, null))
                .isInstanceOf(UserMessageException.class);
    }
}
