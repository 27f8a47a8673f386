package org.psoportal.servicelevels.internal;

import java.time.Duration;
import java.time.Instant;
import org.psoportal.admintasks.CardClock;

/** A stored clock: elapsed working time up to the last pause or stop, and since when it runs (while it runs). */
record ClockRow(
        long taskId,
        Long assigneeId,
        String title,
        int targetMinutes,
        long elapsedSeconds,
        ClockState state,
        Instant runningSince,
        Instant atRiskNotedAt,
        Instant breachNotedAt) {

    static final String COLUMNS = "task_id, assignee_id, title, target_minutes, elapsed_seconds, state, running_since,"
            + " at_risk_noted_at, breach_noted_at";

    /** Working time used at {@code now}: what is stored plus, while running, the working time since. */
    Duration used(WorkingCalendar calendar, Instant now) {
        Duration used = Duration.ofSeconds(elapsedSeconds);
        if (state == ClockState.RUNNING && runningSince != null) {
            used = used.plus(calendar.between(runningSince, now));
        }
        return used;
    }

    CardClock card(WorkingCalendar calendar, Instant now) {
        return new CardClock(targetMinutes, used(calendar, now).toMinutes(), state.card(), calendar.dayMinutes());
    }
}
