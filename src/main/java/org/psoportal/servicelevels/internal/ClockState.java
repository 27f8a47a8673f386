package org.psoportal.servicelevels.internal;

import org.psoportal.admintasks.CardClock;

/** Where a clock stands: running in To do and In progress, paused in Waiting, stopped at Done. */
enum ClockState {
    RUNNING,
    PAUSED,
    STOPPED;

    /**
     * The state for a board column, by the column's name ({@code TaskActivity} carries the board's column type, which
     * is the board's own: this module knows the four names, not the type).
     */
    static ClockState ofColumn(String column) {
        return switch (column) {
            case "WAITING" -> PAUSED;
            case "DONE" -> STOPPED;
            default -> RUNNING; // TODO, IN_PROGRESS
        };
    }

    CardClock.State card() {
        return CardClock.State.valueOf(name());
    }
}
