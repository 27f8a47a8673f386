package org.psoportal.servicelevels.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The office's working time as pure arithmetic: the working days of the week, the working hours of each such day
 * (local time of {@code zone}) and the public holidays, on which nobody works. Working time between two instants
 * counts only the parts that fall in working hours of working days that are not holidays. Working hours are local
 * wall-clock times, so a day keeps its length across a daylight-saving change (09:00–17:30 is 8 h 30 min on the
 * day the clocks go forward too, as long as the change happens outside working hours, as it does in Europe).
 *
 * @param holidays date → name of the public holidays
 */
public record WorkingCalendar(
        Set<DayOfWeek> days, LocalTime start, LocalTime end, SortedMap<LocalDate, String> holidays, ZoneId zone) {

    /** Mon–Fri 09:00–17:30, the office's default. */
    public static final Set<DayOfWeek> DEFAULT_DAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(17, 30);

    /** Far enough for any target; a calendar without a single working day in it would never end. */
    private static final int MAX_DAYS = 366 * 20;

    public WorkingCalendar {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no working day");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("working hours end before they start");
        }
        days = Set.copyOf(days);
        holidays = new TreeMap<>(holidays);
    }

    public static WorkingCalendar standard(ZoneId zone) {
        return new WorkingCalendar(DEFAULT_DAYS, DEFAULT_START, DEFAULT_END, new TreeMap<>(), zone);
    }

    /** The length of a working day in minutes: what one working day of a target counts. */
    public int dayMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.containsKey(date);
    }

    /** The working time between two instants (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            Instant open = max(from, at(d, start));
            Instant close = min(to, at(d, end));
            if (close.isAfter(open)) {
                total = total.plus(Duration.between(open, close));
            }
        }
        return total;
    }

    /** Whole working minutes between two instants. */
    public long minutesBetween(Instant from, Instant to) {
        return between(from, to).toMinutes();
    }

    /**
     * The instant when {@code amount} of working time after {@code from} has passed: the same instant for zero, and
     * otherwise always within working hours (the end of a day's hours rather than the start of the next).
     */
    public Instant plus(Instant from, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("negative working time");
        }
        if (amount.isZero()) {
            return from;
        }
        Duration left = amount;
        LocalDate d = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                continue;
            }
            Instant open = max(from, at(d, start));
            Instant close = at(d, end);
            if (!close.isAfter(open)) {
                continue;
            }
            Duration available = Duration.between(open, close);
            if (left.compareTo(available) <= 0) {
                return open.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    /** The instant {@code minutes} working minutes after {@code from}. */
    public Instant plusMinutes(Instant from, long minutes) {
        return plus(from, Duration.ofMinutes(minutes));
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
