package org.psoportal.servicelevels.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** The office calendar as the head edits it: working days and hours, the holidays, and the row's version. */
public record OfficeCalendar(
        Set<DayOfWeek> days, LocalTime start, LocalTime end, List<Holiday> holidays, long version, ZoneId zone) {

    /** The calendar for arithmetic. */
    public WorkingCalendar working() {
        TreeMap<java.time.LocalDate, String> map = new TreeMap<>();
        holidays.forEach(h -> map.put(h.date(), h.name()));
        return new WorkingCalendar(days, start, end, map, zone);
    }
}
