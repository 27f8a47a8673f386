package org.psoportal.admintasks.ui;

import java.util.List;
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

    /** The card dragged last was dropped at this place, in this lane (null: a board without lanes); ends the drag. */
    void dropped(BoardPlace place, BoardLane lane);

    /** The lanes "Move to lane…" offers (lanes by assignee), in the board's order. */
    List<BoardLane> laneTargets();

    /** "Move to lane…": the card goes to the lane's person, in the column it is in. */
    void moveToLane(TaskCard card, BoardLane target);

    /** The drag ended, dropped or not. */
    void dragEnded();
}
