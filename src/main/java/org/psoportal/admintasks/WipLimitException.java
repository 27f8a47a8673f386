package org.psoportal.admintasks;

import org.psoportal.shared.UserMessageException;

/** The target column is full; the move goes ahead only when the caller confirms it (and that is recorded). */
public class WipLimitException extends UserMessageException {

    private final BoardColumn column;
    private final int limit;

    WipLimitException(BoardColumn column, int limit) {
        super("board.wip.full", column.name(), limit);
        this.column = column;
        this.limit = limit;
    }

    public BoardColumn column() {
        return column;
    }

    public int limit() {
        return limit;
    }
}
