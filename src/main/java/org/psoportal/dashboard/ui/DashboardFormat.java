package org.psoportal.dashboard.ui;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/** Short, locale-neutral labels for the dashboard's dates and times. */
final class DashboardFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DashboardFormat() {}

    /** An ISO week label such as "W48". */
    static String week(LocalDate weekStart) {
        return "W" + weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** "14:03:12": seconds too, since the figures may be recomputed every few seconds. */
    static String timeOfDay(ZonedDateTime time) {
        return TIME_OF_DAY.format(time);
    }

    static String timeRange(ZonedDateTime start, ZonedDateTime end) {
        String range = TIME.format(start) + "–" + TIME.format(end);
        return start.toLocalDate().equals(end.toLocalDate())
                ? start.toLocalDate() + " " + range
                : start.toLocalDate() + " " + TIME.format(start) + " – " + end.toLocalDate() + " " + TIME.format(end);
    }
}
