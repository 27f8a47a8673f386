package org.psoportal.admintasks.internal;

import java.util.List;
import java.util.Map;

/** The whole board for one filter: the cards of each column in order, and each column's header. */
public record BoardSnapshot(Map<BoardColumn, List<TaskCard>> cards, Map<BoardColumn, ColumnInfo> columns) {

    public List<TaskCard> cards(BoardColumn column) {
        return cards.getOrDefault(column, List.of());
    }
}
