package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.booking.internal.WeekCalendar;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.WorkingHours;

/** Which cells the week offers as free: exactly those the booking rules would not refuse for overlap. */
class WeekModelTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW =
            LocalDate.of(2026, 11, 25).atStartOfDay(ZONE).toInstant();

    /** Working 9-17 on Monday, 30-minute grid, 15-minute buffer; one booking 10:00-11:00. */
    private static WeekModel weekWithOneBooking() {
        ExpertSchedule schedule = new ExpertSchedule(
                1,
                true,
                30,
                0,
                90,
                15,
                30,
                30,
                120,
                false,
                List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of());
        CalendarBlock booking = new CalendarBlock(
                7, new TimeRange(at(10, 0), at(11, 0)), BookingStatus.CONFIRMED, false, null, null, null);
        return new WeekModel(new WeekCalendar(MONDAY, schedule, List.of(booking)), ZONE, NOW);
    }

    private static Instant at(int hour, int minute) {
        return MONDAY.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    @Test
    void cellsWithinTheBufferAroundABookingAreNotOfferedAsFree() {
        WeekModel week = weekWithOneBooking();
        assertThat(week.isFree(MONDAY, LocalTime.of(9, 0)))
                .as("9:00-9:30 ends 30 min before the booking")
                .isTrue();
        assertThat(week.isFree(MONDAY, LocalTime.of(9, 30)))
                .as("9:30-10:00 touches it: inside the buffer")
                .isFalse();
        assertThat(week.isFree(MONDAY, LocalTime.of(10, 30)))
                .as("during the booking")
                .isFalse();
        assertThat(week.isFree(MONDAY, LocalTime.of(11, 0)))
                .as("right after it: inside the buffer")
                .isFalse();
        assertThat(week.isFree(MONDAY, LocalTime.of(11, 30)))
                .as("30 min after it")
                .isTrue();
    }

    @Test
    void cellsOutsideWorkingHoursOrOnOtherDaysAreNotFree() {
        WeekModel week = weekWithOneBooking();
        assertThat(week.isFree(MONDAY, LocalTime.of(8, 30))).isFalse();
        assertThat(week.isFree(MONDAY.plusDays(1), LocalTime.of(9, 0))).isFalse();
    }

    /** Working 9-12 on Monday (lunch from 12), 15-minute grid, 30 minutes at least, 15-minute buffer. */
    private static WeekModel fifteenMinuteGrid(List<CalendarBlock> blocks) {
        ExpertSchedule schedule = new ExpertSchedule(
                1,
                true,
                30,
                0,
                90,
                15,
                15,
                30,
                120,
                false,
                List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                List.of());
        return new WeekModel(new WeekCalendar(MONDAY, schedule, blocks), ZONE, NOW);
    }

    @Test
    void aStartWhereTheShortestBookingWouldRunPastTheWorkingHoursIsNotOffered() {
        WeekModel week = fifteenMinuteGrid(List.of());
        assertThat(week.isFree(MONDAY, LocalTime.of(11, 30)))
                .as("11:30-12:00 fits")
                .isTrue();
        assertThat(week.isFree(MONDAY, LocalTime.of(11, 45)))
                .as("11:45 + 30 minutes runs into lunch")
                .isFalse();
    }

    @Test
    void aStartWhereTheShortestBookingWouldRunIntoTheNextBookingsBufferIsNotOffered() {
        CalendarBlock booking = new CalendarBlock(
                8, new TimeRange(at(10, 30), at(11, 0)), BookingStatus.CONFIRMED, false, null, null, null);
        WeekModel week = fifteenMinuteGrid(List.of(booking));
        assertThat(week.isFree(MONDAY, LocalTime.of(9, 45)))
                .as("9:45-10:15 leaves the 15-minute buffer")
                .isTrue();
        assertThat(week.isFree(MONDAY, LocalTime.of(10, 0)))
                .as("10:00-10:30 touches the 10:30 booking: inside the buffer")
                .isFalse();
    }
}
