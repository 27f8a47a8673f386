package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants shown in the portal's zone and the reader's locale. */
public final class TimeFormats {

    private TimeFormats() {}

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** "Mon 23 Mar 2026, 10:00". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale())
                .withZone(zone)
                .format(instant);
    }

    /** "Mon 23 Mar 2026, 10:00–11:00". */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return dateTime(start, zone) + "–" + time(end, zone);
    }

    public static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale()).withZone(zone).format(instant);
    }

    public static String day(java.time.LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(date);
    }

    public static String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(date);
    }
}
