package org.psoportal.admintasks.internal;

/** How a recurring task template repeats. */
public enum ScheduleKind {
    MONTHLY,
    WEEKLY,
    EVERY_N_DAYS
}
