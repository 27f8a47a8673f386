package org.psoportal.admintasks.ui;

import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.TaskCard;

/** What a column's cards (their menu, their drag and drop) ask the board to do. */
interface BoardCardActions {

    void open(TaskCard card);

    /** "Move to…": the top of another column. */
    void move(TaskCard card, BoardColumn target);

    /** "Move up" (-1) and "Move down" (+1) among the shown cards of the card's column. */
    void moveBy(TaskCard card, int delta);

    void archive(TaskCard card);

    /** A manager started dragging this card (in any column). */
    void dragStarted(TaskCard card);

    /** The card dragged last was dropped at this place (ends the drag). */
    void dropped(BoardPlace place);

    /** The drag ended, dropped or not. */
    void dragEnded();
}
