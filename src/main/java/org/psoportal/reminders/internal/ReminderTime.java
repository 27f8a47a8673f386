package org.psoportal.reminders.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The reminder times a person can choose, before an appointment's start; "off" is no choice (null). */
public enum ReminderTime {
    MINUTES_15(15),
    MINUTES_30(30),
    HOUR_1(60),
    HOURS_2(120),
    DAY_1(24 * 60),
    DAYS_2(2 * 24 * 60);

    /** The largest choice: no reminder is ever due for an appointment further ahead than this. */
    public static final ReminderTime LARGEST = DAYS_2;

    private final int minutes;

    ReminderTime(int minutes) {
        this.minutes = minutes;
    }

    public int minutes() {
        return minutes;
    }

    public Duration duration() {
        return Duration.ofMinutes(minutes);
    }

    /** The translation key of the time in words ("1 hour"), for the settings page and the reminder's text. */
    public String labelKey() {
        return "reminders.time." + minutes;
    }

    /** The choice stored as these minutes; empty for null (off) and for a value that is no choice (treated as off). */
    public static Optional<ReminderTime> ofMinutes(Integer minutes) {
        return minutes == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.minutes == minutes).findFirst();
    }
}
