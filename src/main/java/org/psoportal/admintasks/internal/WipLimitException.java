package org.psoportal.admintasks.internal;

import org.psoportal.shared.UserMessageException;

/** The target column is full; the move goes ahead only when the caller confirms it (and that is recorded). */
public class WipLimitException extends UserMessageException {

    private final BoardColumn column;
    private final long count;
    private final int limit;

    /** {@code count} is how many cards the column holds already: the limit or, if it was lowered, more. */
    WipLimitException(BoardColumn column, long count, int limit) {
        super("board.wip.full", column.name(), count, limit);
        this.column = column;
        this.count = count;
        this.limit = limit;
    }

    public BoardColumn column() {
        return column;
    }

    public long count() {
        return count;
    }

    public int limit() {
        return limit;
    }
}
