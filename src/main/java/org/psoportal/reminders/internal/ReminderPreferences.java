package org.psoportal.reminders.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A person's reminder choices: two reminder times ({@code null} = that reminder is off) and whether reminders also
 * come by e-mail (when the portal sends e-mail at all).
 */
public record ReminderPreferences(ReminderTime first, ReminderTime second, boolean email) {

    /** For everyone who has not chosen: 24 hours and 1 hour before, by e-mail too. */
    public static final ReminderPreferences DEFAULTS =
            new ReminderPreferences(ReminderTime.DAY_1, ReminderTime.HOUR_1, true);

    /** The reminder times in effect, largest first, each once (the same time chosen twice reminds once). */
    public List<ReminderTime> times() {
        return Stream.of(first, second)
                .filter(Objects::nonNull)
                .distinct()
                .sorted((a, b) -> Integer.compare(b.minutes(), a.minutes()))
                .toList();
    }
}
