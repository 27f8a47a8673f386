package org.psoportal.admintasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A column's WIP limit; its row is also the column's lock: shared by moves, exclusive for a respace. */
@Entity
@Table(name = "board_column_state")
class BoardColumnState {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "board_column", length = 20)
    private BoardColumn column;

    @Column(name = "wip_limit")
    private Integer wipLimit;

    protected BoardColumnState() {}

    BoardColumnState(BoardColumn column, Integer wipLimit) {
        this.column = column;
        this.wipLimit = wipLimit;
    }

    BoardColumn getColumn() {
        return column;
    }

    Integer getWipLimit() {
        return wipLimit;
    }

    void setWipLimit(Integer wipLimit) {
        this.wipLimit = wipLimit;
    }
}
