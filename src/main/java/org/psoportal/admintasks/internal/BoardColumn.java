package org.psoportal.admintasks.internal;

/** The board's columns, in the order they are shown. */
public enum BoardColumn {
    TODO,
    IN_PROGRESS,
    WAITING,
    DONE;

    /** The translation key of the column's name, as the board, the dashboard and the CSV show it ("In progress"). */
    public String labelKey() {
        return "board.column." + name();
    }
}
