package org.psoportal.servicelevels.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Working-time arithmetic: Mon–Fri 09:00–17:30 in Europe/London unless a test says otherwise. */
class WorkingCalendarTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final WorkingCalendar standard = WorkingCalendar.standard(LONDON);

    static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(LONDON).toInstant();
    }

    static WorkingCalendar withHolidays(LocalDate... dates) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        for (LocalDate d : dates) {
            holidays.put(d, "Holiday " + d);
        }
        return new WorkingCalendar(
                WorkingCalendar.DEFAULT_DAYS,
                WorkingCalendar.DEFAULT_START,
                WorkingCalendar.DEFAULT_END,
                holidays,
                LONDON);
    }

    @Test
    void aWorkingDayIsEightAndAHalfHours() {
        assertThat(standard.dayMinutes()).isEqualTo(510);
        // Monday 2 March 2026
        assertThat(standard.minutesBetween(at(2026, 3, 2, 0, 0), at(2026, 3, 3, 0, 0)))
                .isEqualTo(510);
        assertThat(standard.minutesBetween(at(2026, 3, 2, 10, 15), at(2026, 3, 2, 11, 0)))
                .isEqualTo(45);
    }

    @Test
    void timeOutsideWorkingHoursDoesNotCount() {
        assertThat(standard.minutesBetween(at(2026, 3, 2, 17, 0), at(2026, 3, 3, 9, 30)))
                .as("30 min on Monday evening and 30 on Tuesday morning")
                .isEqualTo(60);
        assertThat(standard.minutesBetween(at(2026, 3, 2, 18, 0), at(2026, 3, 3, 8, 0)))
                .isZero();
        assertThat(standard.minutesBetween(at(2026, 3, 3, 12, 0), at(2026, 3, 2, 12, 0)))
                .as("backwards")
                .isZero();
    }

    @Test
    void weekendsDoNotCount() {
        // Friday 6 March 16:30 to Monday 9 March 10:00
        assertThat(standard.minutesBetween(at(2026, 3, 6, 16, 30), at(2026, 3, 9, 10, 0)))
                .isEqualTo(60 + 60);
        assertThat(standard.plusMinutes(at(2026, 3, 6, 17, 0), 60))
                .as("an hour after Friday 17:00 is Monday 09:30")
                .isEqualTo(at(2026, 3, 9, 9, 30));
        assertThat(standard.plusMinutes(at(2026, 3, 7, 12, 0), 30))
                .as("from a Saturday")
                .isEqualTo(at(2026, 3, 9, 9, 30));
    }

    @Test
    void holidaysDoNotCount() {
        // Good Friday 3 April and Easter Monday 6 April 2026
        WorkingCalendar easter = withHolidays(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));
        assertThat(easter.minutesBetween(at(2026, 4, 2, 17, 0), at(2026, 4, 7, 9, 30)))
                .isEqualTo(60);
        assertThat(easter.plusMinutes(at(2026, 4, 2, 17, 0), 31))
                .as("30 min on Thursday, the next minute on Tuesday")
                .isEqualTo(at(2026, 4, 7, 9, 1));
        assertThat(easter.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(easter.isWorkingDay(LocalDate.of(2026, 4, 2))).isTrue();
    }

    @Test
    void aDaylightSavingChangeDoesNotChangeAWorkingDay() {
        // clocks go forward on Sunday 29 March 2026 in London: the weekend has 47 hours, working time none
        Instant friday = at(2026, 3, 27, 17, 0);
        Instant monday = at(2026, 3, 30, 10, 0);
        assertThat(Duration.between(friday, monday).toHours()).isEqualTo(64);
        assertThat(standard.minutesBetween(friday, monday)).isEqualTo(30 + 60);
        Instant due = standard.plusMinutes(friday, 90);
        assertThat(due).isEqualTo(monday);
        assertThat(due.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(due).as("10:00 BST is 09:00 UTC").isEqualTo(Instant.parse("2026-03-30T09:00:00Z"));
        // and back on Sunday 25 October 2026
        assertThat(standard.minutesBetween(at(2026, 10, 23, 9, 0), at(2026, 10, 27, 9, 0)))
                .isEqualTo(2 * 510);
    }

    @Test
    void aPauseSpanningAHolidayCountsOnlyTheWorkingTimeAroundIt() {
        // running Thursday 24 Dec 15:00–17:30 (2.5 h), paused over Christmas (25th, 28th Boxing Day substitute),
        // running again Tuesday 29 Dec 09:00–11:00 (2 h)
        WorkingCalendar christmas = withHolidays(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
        long before = christmas.minutesBetween(at(2026, 12, 24, 15, 0), at(2026, 12, 24, 17, 30));
        long after = christmas.minutesBetween(at(2026, 12, 29, 9, 0), at(2026, 12, 29, 11, 0));
        assertThat(before + after).isEqualTo(150 + 120);
        assertThat(christmas.minutesBetween(at(2026, 12, 24, 15, 0), at(2026, 12, 29, 11, 0)))
                .as("the paused days were no working days anyway")
                .isEqualTo(270);
        // a target of one working day (510 min) set Thursday 15:00: 150 min that day, 360 on Tuesday 29 Dec
        assertThat(christmas.plusMinutes(at(2026, 12, 24, 15, 0), 510)).isEqualTo(at(2026, 12, 29, 15, 0));
    }

    @Test
    void workingDaysTargetIsDaysTimesTheDaysLength() {
        WorkingCalendar shortDays = new WorkingCalendar(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                LocalTime.of(10, 0),
                LocalTime.of(14, 0),
                new TreeMap<>(),
                LONDON);
        assertThat(shortDays.dayMinutes()).isEqualTo(240);
        // two working days from Monday 10:00: Monday and Wednesday, ending Wednesday 14:00
        assertThat(shortDays.plusMinutes(at(2026, 3, 2, 10, 0), 2L * shortDays.dayMinutes()))
                .isEqualTo(at(2026, 3, 4, 14, 0));
        assertThat(shortDays.minutesBetween(at(2026, 3, 2, 0, 0), at(2026, 3, 9, 0, 0)))
                .isEqualTo(480);
    }

    @Test
    void plusAndBetweenAgree() {
        Instant from = at(2026, 3, 5, 11, 17);
        for (long m : new long[] {0, 1, 253, 510, 1000, 5000}) {
            assertThat(standard.minutesBetween(from, standard.plusMinutes(from, m)))
                    .isEqualTo(m);
        }
    }

    @Test
    void aCalendarWithoutWorkingDaysOrHoursIsRefused() {
        assertThatThrownBy(() -> new WorkingCalendar(
                        EnumSet.noneOf(DayOfWeek.class),
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 0),
                        new TreeMap<>(),
                        LONDON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingCalendar(
                        WorkingCalendar.DEFAULT_DAYS, LocalTime.of(17, 0), LocalTime.of(9, 0), new TreeMap<>(), LONDON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
