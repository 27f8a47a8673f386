package org.psoportal.booking.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.TimeOff;
import org.psoportal.experts.WorkingHours;

/**
 * The booking rules as a pure function (no Spring, no database), so they can be tested as a table. Working hours,
 * time off, the slot grid and the capacity week are local to the portal's zone; everything else is UTC instants.
 * Local-time rules go through {@link ZonedDateTime}, which keeps them right across daylight-saving changes.
 */
public final class BookingRules {

    private final ZoneId zone;

    public BookingRules(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The first rule the booking breaks, or empty. {@code busy} holds the expert's other bookings that hold time
     * (requested or confirmed) at least in {@link #window(Instant, ExpertSchedule)} of the start.
     */
    public Optional<BookingRefusedException> check(
            ExpertSchedule s, Instant now, TimeRange slot, List<TimeRange> busy) {
        Instant start = slot.start();
        Instant end = slot.end();
        if (!end.isAfter(start)) {
            return refuse(BookingRule.END_AFTER_START);
        }
        if (start.isBefore(now)) {
            return refuse(BookingRule.NOT_IN_PAST);
        }
        if (!s.bookable()) {
            return refuse(BookingRule.BOOKABLE);
        }
        if (start.isBefore(now.plus(Duration.ofMinutes(s.minNoticeMinutes())))) {
            return refuse(BookingRule.MIN_NOTICE, s.minNoticeMinutes());
        }
        if (start.isAfter(now.atZone(zone).plusDays(s.horizonDays()).toInstant())) {
            return refuse(BookingRule.HORIZON, s.horizonDays());
        }
        long minutes = slot.minutes();
        if (minutes < s.minLengthMinutes() || minutes > s.maxLengthMinutes()) {
            return refuse(BookingRule.LENGTH, s.minLengthMinutes(), s.maxLengthMinutes());
        }
        ZonedDateTime localStart = start.atZone(zone);
        ZonedDateTime localEnd = end.atZone(zone);
        int startMinuteOfDay = localStart.getHour() * 60 + localStart.getMinute();
        if (localStart.getSecond() != 0
                || localStart.getNano() != 0
                || startMinuteOfDay % s.slotMinutes() != 0
                || minutes % s.slotMinutes() != 0) {
            return refuse(BookingRule.SLOT_GRID, s.slotMinutes());
        }
        if (touchesTimeOff(
                s.timeOff(), localStart.toLocalDate(), localEnd.minusNanos(1).toLocalDate())) {
            return refuse(BookingRule.TIME_OFF);
        }
        if (!insideWorkingHours(s.hours(), localStart, localEnd)) {
            return refuse(BookingRule.WORKING_HOURS);
        }
        Duration buffer = Duration.ofMinutes(s.bufferMinutes());
        if (busy.stream().anyMatch(b -> b.conflictsWith(slot, buffer))) {
            return refuse(BookingRule.NO_OVERLAP, s.bufferMinutes());
        }
        TimeRange week = weekOf(start);
        long bookedInWeek = busy.stream()
                .filter(b -> !b.start().isBefore(week.start()) && b.start().isBefore(week.end()))
                .mapToLong(TimeRange::minutes)
                .sum();
        if (bookedInWeek + minutes > s.weeklyCapacityHours() * 60L) {
            return refuse(BookingRule.WEEKLY_CAPACITY, s.weeklyCapacityHours());
        }
        return Optional.empty();
    }

    /**
     * The first rule a hold of the expert's own time (a training session) breaks, or empty: the rules of the
     * expert's calendar only (in the future, inside working hours, not on time off, clear of other bookings and
     * holds by the buffer). The rules that protect the expert from bookers (notice, horizon, lengths, the slot grid,
     * weekly capacity, "bookable") do not apply to what the expert or the head puts in the calendar.
     */
    public Optional<BookingRefusedException> checkHold(
            ExpertSchedule s, Instant now, TimeRange slot, List<TimeRange> busy) {
        if (!slot.end().isAfter(slot.start())) {
            return refuse(BookingRule.END_AFTER_START);
        }
        if (slot.start().isBefore(now)) {
            return refuse(BookingRule.NOT_IN_PAST);
        }
        ZonedDateTime localStart = slot.start().atZone(zone);
        ZonedDateTime localEnd = slot.end().atZone(zone);
        if (touchesTimeOff(
                s.timeOff(), localStart.toLocalDate(), localEnd.minusNanos(1).toLocalDate())) {
            return refuse(BookingRule.TIME_OFF);
        }
        if (!insideWorkingHours(s.hours(), localStart, localEnd)) {
            return refuse(BookingRule.WORKING_HOURS);
        }
        Duration buffer = Duration.ofMinutes(s.bufferMinutes());
        if (busy.stream().anyMatch(b -> b.conflictsWith(slot, buffer))) {
            return refuse(BookingRule.NO_OVERLAP, s.bufferMinutes());
        }
        return Optional.empty();
    }

    /** The local calendar week (Monday 00:00 to Monday 00:00) that holds the instant; a booking counts in the week it starts. */
    public TimeRange weekOf(Instant instant) {
        LocalDate monday = instant.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new TimeRange(
                monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    /** The span of other bookings the check of a booking starting at {@code start} needs to see. */
    public TimeRange window(Instant start, ExpertSchedule s) {
        TimeRange week = weekOf(start);
        Duration margin = Duration.ofMinutes(s.bufferMinutes() + s.maxLengthMinutes());
        return new TimeRange(week.start().minus(margin), week.end().plus(margin));
    }

    public ZoneId zone() {
        return zone;
    }

    private static boolean touchesTimeOff(List<TimeOff> timeOff, LocalDate first, LocalDate last) {
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            LocalDate day = d;
            if (timeOff.stream().anyMatch(t -> t.covers(day))) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideWorkingHours(List<WorkingHours> hours, ZonedDateTime start, ZonedDateTime end) {
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            return false;
        }
        DayOfWeek day = start.getDayOfWeek();
        return hours.stream()
                .anyMatch(h -> h.day() == day
                        && !start.toLocalTime().isBefore(h.start())
                        && !end.toLocalTime().isAfter(h.end()));
    }

    private static Optional<BookingRefusedException> refuse(BookingRule rule, Object... args) {
        return Optional.of(new BookingRefusedException(rule, args));
    }
}
