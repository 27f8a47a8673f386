package org.psoportal.dashboard.ui;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;

/** Short, locale-neutral labels for the dashboard's dates and times. */
final class DashboardFormat {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DashboardFormat() {}

    /** An ISO week label such as "W48". */
    static String week(LocalDate weekStart) {
        return "W" + weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** A month label such as "2026-12". */
    static String month(LocalDate day) {
        return day.getYear() + "-" + String.format("%02d", day.getMonthValue());
    }

    /** The days of a training figure's period, first to last, e.g. "2026-11-30 – 2026-12-06" (sortable). */
    static String days(TrainingPeriod p) {
        LocalDate last = p.endExclusive().minusDays(1);
        return last.equals(p.start()) ? p.start().toString() : p.start() + " – " + last;
    }

    /** "14:03:12": seconds too, since the figures may be recomputed every few seconds. */
    static String timeOfDay(ZonedDateTime time) {
        return TIME_OF_DAY.format(time);
    }

    /** For CSV files: "2026-12-04 09:00–10:30", which spreadsheets sort. */
    static String isoTimeRange(ZonedDateTime start, ZonedDateTime end) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        return start.toLocalDate().equals(end.toLocalDate())
                ? start.toLocalDate() + " " + time.format(start) + "–" + time.format(end)
                : start.toLocalDate() + " " + time.format(start) + " – " + end.toLocalDate() + " " + time.format(end);
    }

    /** In the portal's one format (TimeFormats): "Fri 4 Dec 2026, 09:00–10:30". */
    static String timeRange(ZonedDateTime start, ZonedDateTime end) {
        return start.toLocalDate().equals(end.toLocalDate())
                ? TimeFormats.range(start.toInstant(), end.toInstant(), start.getZone())
                : TimeFormats.dateTime(start.toInstant(), start.getZone()) + " – "
                        + TimeFormats.dateTime(end.toInstant(), end.getZone());
    }
}
