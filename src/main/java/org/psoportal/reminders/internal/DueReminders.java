package org.psoportal.reminders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which of a person's reminders for an appointment are due at a moment. A reminder is due from its time (the start
 * minus the reminder time) for {@code grace}; later it is skipped, not sent late: an appointment made (or moved)
 * after a reminder's time, or a scheduler that was down for longer than the grace, gets no stale reminder. Nothing is
 * due for an appointment that has started.
 */
public final class DueReminders {

    private DueReminders() {}

    public static List<ReminderTime> due(Instant start, List<ReminderTime> times, Instant now, Duration grace) {
        if (!start.isAfter(now)) {
            return List.of();
        }
        return times.stream()
                .filter(time -> {
                    Instant at = start.minus(time.duration());
                    return !now.isBefore(at) && now.isBefore(at.plus(grace));
                })
                .toList();
    }
}
