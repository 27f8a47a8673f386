package org.psoportal.admintasks.internal;

import java.util.Objects;

/**
 * Where a moved card goes: the top or the end of a column, or right before or after another card of that column.
 * Places are anchored on cards, not on indexes, because a user sees only part of a column (a filter, the first
 * cards of a long one) while positions order the whole column of the organisation.
 */
public record BoardPlace(BoardColumn column, Kind kind, Long anchorTaskId) {

    public enum Kind {
        TOP,
        END,
        BEFORE,
        AFTER
    }

    public BoardPlace {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.BEFORE || kind == Kind.AFTER) != (anchorTaskId != null)) {
            throw new IllegalArgumentException("BEFORE and AFTER need an anchor card, TOP and END none");
        }
    }

    public static BoardPlace top(BoardColumn column) {
        return new BoardPlace(column, Kind.TOP, null);
    }

    public static BoardPlace end(BoardColumn column) {
        return new BoardPlace(column, Kind.END, null);
    }

    public static BoardPlace before(BoardColumn column, long anchorTaskId) {
        return new BoardPlace(column, Kind.BEFORE, anchorTaskId);
    }

    public static BoardPlace after(BoardColumn column, long anchorTaskId) {
        return new BoardPlace(column, Kind.AFTER, anchorTaskId);
    }
}
