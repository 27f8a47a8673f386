package org.psoportal.admintasks.internal;

/** The board's columns, in the order they are shown. */
public enum BoardColumn {
    TODO,
    IN_PROGRESS,
    WAITING,
    DONE
}
