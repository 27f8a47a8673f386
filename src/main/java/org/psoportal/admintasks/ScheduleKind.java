package org.psoportal.admintasks;

/** How a recurring task template repeats. */
public enum ScheduleKind {
    MONTHLY,
    WEEKLY,
    EVERY_N_DAYS
}
