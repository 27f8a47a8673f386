package org.psoportal.admintasks.internal;

/** A column's header: how many cards are on it (unfiltered) and its WIP limit (null = none). */
public record ColumnInfo(BoardColumn column, long count, Integer wipLimit) {

    public boolean overLimit() {
        return BoardRules.overLimit(wipLimit, count);
    }

    public boolean full() {
        return wipLimit != null && count >= wipLimit;
    }
}
