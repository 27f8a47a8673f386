package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;

/**
 * The booking rules as a table. Zone Europe/Berlin: summer time starts 2026-03-29 and ends 2026-10-25, so the
 * table holds cases that come out differently if a rule used a fixed offset. Expert: Mon-Fri 09-12 and 13-17,
 * 30-minute grid, 30..120 minutes, 15 minutes buffer, 2 hours notice, 28 days ahead, 10 hours a week,
 * off 2026-03-31..2026-04-01 and 2026-04-29..2026-05-04 (both across a month end).
 */
class BookingRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final BookingRules RULES = new BookingRules(BERLIN);

    static ExpertSchedule expert(boolean bookable, int capacityHours) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.add(new WorkingHours(d, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            hours.add(new WorkingHours(d, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        }
        List<TimeOff> off = List.of(
                new TimeOff(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), "Holiday"),
                new TimeOff(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 4), "Conference"));
        return new ExpertSchedule(1L, bookable, capacityHours, 120, 28, 15, 30, 30, 120, false, hours, off);
    }

    static Arguments row(String name, String now, String start, String end, BookingRule expected, String... busy) {
        return Arguments.of(
                name,
                Instant.parse(now),
                Instant.parse(start),
                Instant.parse(end),
                expected,
                Arrays.stream(busy)
                        .map(b -> b.split("/"))
                        .map(p -> new TimeRange(Instant.parse(p[0]), Instant.parse(p[1])))
                        .toList());
    }

    static Stream<Arguments> table() {
        String now = "2026-03-20T08:00:00Z"; // Friday, winter time (UTC+1)
        return Stream.of(
                row("ordinary slot Monday 10:00-11:00 CET", now, "2026-03-23T09:00:00Z", "2026-03-23T10:00:00Z", null),
                row(
                        "end before start",
                        now,
                        "2026-03-23T10:00:00Z",
                        "2026-03-23T09:00:00Z",
                        BookingRule.END_AFTER_START),
                row(
                        "end equals start",
                        now,
                        "2026-03-23T10:00:00Z",
                        "2026-03-23T10:00:00Z",
                        BookingRule.END_AFTER_START),
                row("in the past", now, "2026-03-19T09:00:00Z", "2026-03-19T10:00:00Z", BookingRule.NOT_IN_PAST),
                row(
                        "inside the 2 hours notice",
                        now,
                        "2026-03-20T09:00:00Z",
                        "2026-03-20T09:30:00Z",
                        BookingRule.MIN_NOTICE),
                row("exactly 2 hours ahead", now, "2026-03-20T10:00:00Z", "2026-03-20T10:30:00Z", null),
                row(
                        "beyond the 28-day horizon",
                        now,
                        "2026-04-20T08:00:00Z",
                        "2026-04-20T09:00:00Z",
                        BookingRule.HORIZON),
                row("shorter than 30 minutes", now, "2026-03-23T09:00:00Z", "2026-03-23T09:15:00Z", BookingRule.LENGTH),
                row("longer than 120 minutes", now, "2026-03-23T12:00:00Z", "2026-03-23T14:30:00Z", BookingRule.LENGTH),
                row(
                        "start off the 30-minute grid",
                        now,
                        "2026-03-23T09:15:00Z",
                        "2026-03-23T09:45:00Z",
                        BookingRule.SLOT_GRID),
                row("length off the grid", now, "2026-03-23T09:00:00Z", "2026-03-23T09:45:00Z", BookingRule.SLOT_GRID),
                row(
                        "across the lunch break",
                        now,
                        "2026-03-23T10:30:00Z",
                        "2026-03-23T12:30:00Z",
                        BookingRule.WORKING_HOURS),
                row("Saturday", now, "2026-03-21T09:00:00Z", "2026-03-21T10:00:00Z", BookingRule.WORKING_HOURS),
                row(
                        "before 9:00 local",
                        now,
                        "2026-03-23T07:30:00Z",
                        "2026-03-23T08:30:00Z",
                        BookingRule.WORKING_HOURS),
                row(
                        "overlaps a booking",
                        now,
                        "2026-03-23T09:00:00Z",
                        "2026-03-23T10:00:00Z",
                        BookingRule.NO_OVERLAP,
                        "2026-03-23T09:30:00Z/2026-03-23T10:30:00Z"),
                row(
                        "inside the 15-minute buffer after a booking",
                        now,
                        "2026-03-23T10:00:00Z",
                        "2026-03-23T11:00:00Z",
                        BookingRule.NO_OVERLAP,
                        "2026-03-23T09:00:00Z/2026-03-23T09:50:00Z"),
                row(
                        "exactly the buffer after a booking",
                        now,
                        "2026-03-23T10:00:00Z",
                        "2026-03-23T11:00:00Z",
                        null,
                        "2026-03-23T09:00:00Z/2026-03-23T09:45:00Z"),
                row(
                        "inside the buffer before a booking",
                        now,
                        "2026-03-23T09:00:00Z",
                        "2026-03-23T10:00:00Z",
                        BookingRule.NO_OVERLAP,
                        "2026-03-23T10:00:00Z/2026-03-23T11:00:00Z"),
                row(
                        "weekly capacity reached",
                        now,
                        "2026-03-27T09:00:00Z",
                        "2026-03-27T10:00:00Z",
                        BookingRule.WEEKLY_CAPACITY,
                        "2026-03-23T08:00:00Z/2026-03-23T10:00:00Z",
                        "2026-03-24T08:00:00Z/2026-03-24T10:00:00Z",
                        "2026-03-25T08:00:00Z/2026-03-25T10:00:00Z",
                        "2026-03-26T08:00:00Z/2026-03-26T10:00:00Z",
                        "2026-03-26T12:00:00Z/2026-03-26T14:00:00Z"),
                // DST week (clocks go forward Sunday 29 March): the week ends at Monday 00:00 CEST = Sunday 22:00Z,
                // so a booking at Monday 00:30 local does not count for it.
                row(
                        "DST week: next week's booking does not count",
                        now,
                        "2026-03-27T09:00:00Z",
                        "2026-03-27T10:00:00Z",
                        null,
                        "2026-03-23T08:00:00Z/2026-03-23T10:00:00Z",
                        "2026-03-24T08:00:00Z/2026-03-24T10:00:00Z",
                        "2026-03-25T08:00:00Z/2026-03-25T10:00:00Z",
                        "2026-03-26T08:00:00Z/2026-03-26T10:00:00Z",
                        "2026-03-29T22:30:00Z/2026-03-30T00:30:00Z"),
                row("after DST: 09:00-10:00 CEST is 07:00Z", now, "2026-03-30T07:00:00Z", "2026-03-30T08:00:00Z", null),
                row(
                        "after DST: 17:00-18:00 CEST is outside",
                        now,
                        "2026-03-30T15:00:00Z",
                        "2026-03-30T16:00:00Z",
                        BookingRule.WORKING_HOURS),
                row(
                        "end of summer time: 16:00-17:00 CET is 15:00Z",
                        "2026-10-20T08:00:00Z",
                        "2026-10-26T15:00:00Z",
                        "2026-10-26T16:00:00Z",
                        null),
                row(
                        "end of summer time: 08:00-09:00 CET is outside",
                        "2026-10-20T08:00:00Z",
                        "2026-10-26T07:00:00Z",
                        "2026-10-26T08:00:00Z",
                        BookingRule.WORKING_HOURS),
                row(
                        "time off on the last day of March",
                        now,
                        "2026-03-31T07:00:00Z",
                        "2026-03-31T08:00:00Z",
                        BookingRule.TIME_OFF),
                row(
                        "time off on the first of April",
                        now,
                        "2026-04-01T07:00:00Z",
                        "2026-04-01T08:00:00Z",
                        BookingRule.TIME_OFF),
                row("the day after time off", now, "2026-04-02T07:00:00Z", "2026-04-02T08:00:00Z", null),
                row(
                        "time off across April/May",
                        "2026-04-25T08:00:00Z",
                        "2026-05-01T07:00:00Z",
                        "2026-05-01T08:00:00Z",
                        BookingRule.TIME_OFF),
                row(
                        "last day of April before time off",
                        "2026-04-25T08:00:00Z",
                        "2026-04-28T07:00:00Z",
                        "2026-04-28T08:00:00Z",
                        null),
                row(
                        "horizon across the end of February",
                        "2026-01-30T10:00:00Z",
                        "2026-02-27T08:00:00Z",
                        "2026-02-27T09:00:00Z",
                        null),
                row(
                        "horizon passed in March",
                        "2026-01-30T10:00:00Z",
                        "2026-03-02T08:00:00Z",
                        "2026-03-02T09:00:00Z",
                        BookingRule.HORIZON));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rules(String name, Instant now, Instant start, Instant end, BookingRule expected, List<TimeRange> busy) {
        var refusal = RULES.check(expert(true, 10), now, new TimeRange(start, end), busy);
        assertThat(refusal.map(BookingRefusedException::rule).orElse(null)).isEqualTo(expected);
    }

    @Test
    void notBookableExpertIsRefused() {
        var refusal = RULES.check(
                expert(false, 10),
                Instant.parse("2026-03-20T08:00:00Z"),
                new TimeRange(Instant.parse("2026-03-23T09:00:00Z"), Instant.parse("2026-03-23T10:00:00Z")),
                List.of());
        assertThat(refusal).get().extracting(BookingRefusedException::rule).isEqualTo(BookingRule.BOOKABLE);
        assertThat(refusal.get().messageKey()).isEqualTo("booking.rule.bookable");
    }

    @Test
    void dstWeekHas167Hours() {
        TimeRange week = RULES.weekOf(Instant.parse("2026-03-25T12:00:00Z"));
        assertThat(week.minutes()).isEqualTo(167 * 60);
    }

    @Test
    void slotFinderSkipsBusyTimeAndTheWeekend() {
        SlotFinder finder = new SlotFinder(RULES);
        // Friday 14:00 CET; notice pushes to 16:00 local, busy until 17:00 -> next is Monday 09:00 CET.
        Instant now = Instant.parse("2026-03-20T13:00:00Z");
        var next = finder.nextFree(
                expert(true, 10),
                now,
                60,
                List.of(new TimeRange(Instant.parse("2026-03-20T15:00:00Z"), Instant.parse("2026-03-20T16:00:00Z"))));
        assertThat(next).contains(Instant.parse("2026-03-23T08:00:00Z"));
    }

    @Test
    void slotFinderFindsNothingWhenFull() {
        SlotFinder finder = new SlotFinder(RULES);
        var next = finder.nextFree(expert(true, 0), Instant.parse("2026-03-20T08:00:00Z"), 30, List.of());
        assertThat(next).isEmpty();
    }
}
