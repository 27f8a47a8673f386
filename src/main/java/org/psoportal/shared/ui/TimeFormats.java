package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The portal's one date and time format, in its zone and the reader's language: 24-hour times, day-month-year dates
 * with the weekday where it helps to plan, and the year whenever it is not this year. Date pickers show and read the
 * same (ISO "2026-03-23" as typed input, also "23.3.2026" and "23/3/2026").
 */
public final class TimeFormats {

    /** Date and time: "Mon 23 Mar 2026, 10:00". Also what notes and e-mails say (formatted where no UI is). */
    public static final String DATE_TIME_PATTERN = "EEE d MMM yyyy, HH:mm";

    static final String DATE_PATTERN = "d MMM yyyy";

    /** What date pickers show; the others are accepted when typed. */
    static final String PICKER_FORMAT = "yyyy-MM-dd";

    private static final String[] PICKER_FORMATS = {PICKER_FORMAT, "d.M.yyyy", "d/M/yyyy"};

    private TimeFormats() {}

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** "Mon 23 Mar 2026, 10:00". */
    public static String dateTime(Instant instant, ZoneId zone) {
        return dateTimeFormat(zone).format(instant);
    }

    /** The formatter of {@link #dateTime}, for lists that format many instants. */
    public static DateTimeFormatter dateTimeFormat(ZoneId zone) {
        return DateTimeFormatter.ofPattern(DATE_TIME_PATTERN, locale()).withZone(zone);
    }

    /** The formatter of {@link #date}, for lists that format many instants or dates. */
    public static DateTimeFormatter dateFormat(ZoneId zone) {
        return DateTimeFormatter.ofPattern(DATE_PATTERN, locale()).withZone(zone);
    }

    /** "Mon 23 Mar 2026, 10:00–11:00". */
    public static String range(Instant start, Instant end, ZoneId zone) {
        return dateTime(start, zone) + "–" + time(end, zone);
    }

    /** "10:00" (24-hour, never "10:00 AM"). */
    public static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm", locale()).withZone(zone).format(instant);
    }

    /** "Mon 23 Mar". */
    public static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(date);
    }

    /** "23 Mar 2026". */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(DATE_PATTERN, locale()).format(date);
    }

    /** "23 Mar" in the year of {@code today}, else "23 Mar 2025": a date long past (or far ahead) shows its year. */
    public static String shortDate(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear()
                ? DateTimeFormatter.ofPattern("d MMM", locale()).format(date)
                : date(date);
    }

    /** A date picker that shows and reads the portal's date format, Monday first. */
    public static DatePicker portalFormat(DatePicker picker) {
        picker.setI18n(pickerI18n());
        return picker;
    }

    /** A date-and-time picker with the portal's date format and 24-hour times. */
    public static DateTimePicker portalFormat(DateTimePicker picker) {
        // the time picker's clock follows the locale: a region with 24-hour times, in the reader's language
        picker.setLocale(Locale.of(locale().getLanguage(), "GB"));
        picker.setDatePickerI18n(pickerI18n());
        return picker;
    }

    /** A time picker with 24-hour times, like every time the portal shows. */
    public static TimePicker portalFormat(TimePicker picker) {
        picker.setLocale(Locale.of(locale().getLanguage(), "GB"));
        return picker;
    }

    private static DatePicker.DatePickerI18n pickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(PICKER_FORMAT, PICKER_FORMATS)
                .setFirstDayOfWeek(1);
    }
}
