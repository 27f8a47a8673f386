package org.psoportal.reminders;

import java.time.Instant;
import java.util.List;

/**
 * Something people meet at a time, whose participants get reminders before it. Implemented by the modules that own
 * such things (booking for one-to-one bookings, training for training sessions); reminders depends on none of them.
 */
public interface ReminderSource {

    /** Appointments starting in [from, to) that still take place (never cancelled or declined), one per participant. */
    List<UpcomingAppointment> startingBetween(Instant from, Instant to);
}
