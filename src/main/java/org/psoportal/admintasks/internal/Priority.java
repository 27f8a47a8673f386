package org.psoportal.admintasks.internal;

/** How urgent a task is; cards show it and the board sorts nothing by it (the order is the team's choice). */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** The translation key of the priority's name ("Urgent"), wherever a priority is shown or exported. */
    public String labelKey() {
        return "board.priority." + name();
    }
}
