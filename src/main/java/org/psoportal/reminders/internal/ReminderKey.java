package org.psoportal.reminders.internal;

import java.time.Instant;
import org.psoportal.reminders.UpcomingAppointment;

/** One reminder: for this person, this many minutes before this start of this appointment. */
record ReminderKey(String kind, long refId, long personId, int offsetMinutes, Instant startsAt) {

    static ReminderKey of(UpcomingAppointment appointment, ReminderTime time) {
        return new ReminderKey(
                appointment.kind(), appointment.refId(), appointment.personId(), time.minutes(), appointment.start());
    }
}
