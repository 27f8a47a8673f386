package org.psoportal.booking.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.booking.internal.BookingRules;
import org.psoportal.booking.internal.CalendarBlock;
import org.psoportal.booking.internal.SlotFinder;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.booking.internal.WeekCalendar;
import org.psoportal.experts.WorkingHours;

/**
 * The week calendar as rows of local times and seven days, shared by the week grid and the phone's day list.
 * A cell is "free" when a booking of the expert's shortest length starting there would pass the booking rules (asked
 * through {@link SlotFinder}, the one home of "free"); the booking itself is checked again by the service.
 */
final class WeekModel {

    private final WeekCalendar week;
    private final ZoneId zone;
    private final Instant now;
    private final LocalTime first;
    private final LocalTime last;
    private final SlotFinder slots;
    private final List<TimeRange> busy;

    WeekModel(WeekCalendar week, ZoneId zone, Instant now) {
        this.week = week;
        this.zone = zone;
        this.now = now;
        this.slots = new SlotFinder(new BookingRules(zone));
        this.busy = week.blocks().stream()
                .filter(b -> b.status().holdsTime())
                .map(CalendarBlock::time)
                .toList();
        List<WorkingHours> hours = week.schedule().hours();
        this.first = hours.stream()
                .map(WorkingHours::start)
                .min(LocalTime::compareTo)
                .orElse(LocalTime.of(8, 0));
        this.last =
                hours.stream().map(WorkingHours::end).max(LocalTime::compareTo).orElse(LocalTime.of(18, 0));
    }

    List<LocalDate> days() {
        return week.monday().datesUntil(week.monday().plusDays(7)).toList();
    }

    int slotMinutes() {
        return week.schedule().slotMinutes();
    }

    List<LocalTime> rows() {
        List<LocalTime> rows = new ArrayList<>();
        for (LocalTime t = first; t.isBefore(last) && rows.size() < 24 * 4; t = t.plusMinutes(slotMinutes())) {
            rows.add(t);
            if (t.plusMinutes(slotMinutes()).isBefore(t)) {
                break; // wrapped past midnight
            }
        }
        return rows;
    }

    Instant instant(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    boolean isOff(LocalDate day) {
        return week.schedule().timeOff().stream().anyMatch(t -> t.covers(day));
    }

    boolean isWork(LocalDate day, LocalTime time) {
        LocalTime end = time.plusMinutes(slotMinutes());
        return week.schedule().hours().stream()
                .anyMatch(h -> h.day() == day.getDayOfWeek()
                        && !time.isBefore(h.start())
                        && (!end.isAfter(h.end()) || end.equals(LocalTime.MIDNIGHT)));
    }

    boolean worksOn(LocalDate day) {
        return week.schedule().hours().stream().anyMatch(h -> h.day() == day.getDayOfWeek());
    }

    boolean isFree(LocalDate day, LocalTime time) {
        if (!week.schedule().bookable() || isOff(day) || !isWork(day, time)) {
            return false;
        }
        return slots.fits(
                week.schedule(), now, instant(day, time), week.schedule().minLengthMinutes(), busy);
    }

    List<CalendarBlock> blocksOn(LocalDate day) {
        return week.blocks().stream()
                .filter(b -> b.time().start().atZone(zone).toLocalDate().equals(day))
                .toList();
    }

    /** Grid row (0-based, among {@link #rows()}) where a block starts, clamped into the shown hours. */
    int rowOf(Instant instant) {
        LocalTime t = instant.atZone(zone).toLocalTime();
        long minutes = Duration.between(first, t).toMinutes();
        return (int) Math.max(0, Math.min(rows().size() - 1, minutes / slotMinutes()));
    }

    int span(CalendarBlock b) {
        long minutes = b.time().minutes();
        return (int) Math.max(1, (minutes + slotMinutes() - 1) / slotMinutes());
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }
}
