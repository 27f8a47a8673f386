package org.psoportal.admintasks.internal;

/** How urgent a task is; cards show it and the board sorts nothing by it (the order is the team's choice). */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
