package org.psoportal.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.psoportal.reminders.internal.ReminderTime.DAY_1;
import static org.psoportal.reminders.internal.ReminderTime.HOUR_1;
import static org.psoportal.reminders.internal.ReminderTime.MINUTES_15;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reminders are due when: from their time for the grace period, never late beyond it, never once started. */
class DueRemindersTest {

    static final Instant START = Instant.parse("2026-12-07T09:00:00Z");
    static final Duration GRACE = Duration.ofMinutes(10);
    static final List<ReminderTime> DEFAULTS = ReminderPreferences.DEFAULTS.times();

    private static List<ReminderTime> dueAt(String now) {
        return DueReminders.due(START, DEFAULTS, Instant.parse(now), GRACE);
    }

    @Test
    void theDefaultsAre24HoursAnd1HourBefore() {
        assertThat(DEFAULTS).containsExactly(DAY_1, HOUR_1);
        assertThat(ReminderPreferences.DEFAULTS.email()).isTrue();
    }

    @Test
    void aReminderIsDueFromItsTimeForTheGracePeriod() {
        assertThat(dueAt("2026-12-06T08:59:59Z")).isEmpty();
        assertThat(dueAt("2026-12-06T09:00:00Z")).containsExactly(DAY_1);
        assertThat(dueAt("2026-12-06T09:09:59Z")).containsExactly(DAY_1);
        assertThat(dueAt("2026-12-06T09:10:00Z")).as("past the grace: skipped").isEmpty();
        assertThat(dueAt("2026-12-07T07:59:00Z")).isEmpty();
        assertThat(dueAt("2026-12-07T08:00:00Z")).containsExactly(HOUR_1);
        assertThat(dueAt("2026-12-07T08:05:00Z")).containsExactly(HOUR_1);
    }

    @Test
    void aBookingMadeTwoHoursBeforeGetsTheOneHourReminderButNotTheDayBefore() {
        // made at 07:00: every run from then on sees the 24-hour reminder's time long gone
        for (String now : List.of("2026-12-07T07:00:00Z", "2026-12-07T07:30:00Z", "2026-12-07T07:59:00Z")) {
            assertThat(dueAt(now)).as(now).isEmpty();
        }
        assertThat(dueAt("2026-12-07T08:00:00Z")).containsExactly(HOUR_1);
    }

    @Test
    void nothingIsDueOnceTheAppointmentHasStarted() {
        List<ReminderTime> soon = List.of(MINUTES_15);
        assertThat(DueReminders.due(START, soon, START.minusSeconds(60), Duration.ofMinutes(30)))
                .containsExactly(MINUTES_15);
        assertThat(DueReminders.due(START, soon, START, Duration.ofMinutes(30))).isEmpty();
        assertThat(DueReminders.due(START, soon, START.plusSeconds(60), Duration.ofMinutes(30)))
                .isEmpty();
    }

    @Test
    void aReminderSwitchedOffIsNeverDueAndTheSameTimeTwiceRemindsOnce() {
        ReminderPreferences onlyOneHour = new ReminderPreferences(null, HOUR_1, false);
        assertThat(onlyOneHour.times()).containsExactly(HOUR_1);
        assertThat(DueReminders.due(START, onlyOneHour.times(), Instant.parse("2026-12-06T09:00:00Z"), GRACE))
                .isEmpty();

        assertThat(new ReminderPreferences(null, null, true).times()).isEmpty();
        assertThat(new ReminderPreferences(HOUR_1, HOUR_1, true).times()).containsExactly(HOUR_1);
        assertThat(new ReminderPreferences(MINUTES_15, DAY_1, true).times()).containsExactly(DAY_1, MINUTES_15);
    }

    @Test
    void storedMinutesThatAreNoChoiceCountAsOff() {
        assertThat(ReminderTime.ofMinutes(60)).contains(HOUR_1);
        assertThat(ReminderTime.ofMinutes(null)).isEmpty();
        assertThat(ReminderTime.ofMinutes(61)).isEmpty();
    }
}
