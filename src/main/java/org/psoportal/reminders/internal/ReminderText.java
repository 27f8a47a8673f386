package org.psoportal.reminders.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.psoportal.reminders.UpcomingAppointment;
import org.springframework.stereotype.Component;

/**
 * What a reminder says: "Reminder: your booking 'CRM import' with Ann Expert starts in 1 hour (Mon 7 Dec, 10:00)".
 * The key is {@code notify.reminder.<kind>} when the translations have one, else the general {@code notify.reminder};
 * its arguments are the appointment's title, the reminder time in words and the start in the portal's zone (stored
 * as text in the note, as the booking notes are).
 */
@Component
class ReminderText {

    static final String GENERAL_KEY = "notify.reminder";

    private final ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
    private final DateTimeFormatter when;

    ReminderText(ZoneId zone) {
        this.when =
                DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).withZone(zone);
    }

    String key(String kind) {
        String specific = GENERAL_KEY + "." + kind;
        return bundle.containsKey(specific) ? specific : GENERAL_KEY;
    }

    List<String> args(UpcomingAppointment appointment, ReminderTime time) {
        return List.of(appointment.title(), bundle.getString(time.labelKey()), when.format(appointment.start()));
    }
}
