package org.psoportal.admintasks.internal;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * A move the board makes on its own (a question sends the card to Waiting, an answer brings it back) is not refused
 * by a full column, as the person did not choose the column; going over the WIP limit is recorded in the card's
 * history, as a confirmed move over the limit is.
 */
@Component
class ColumnLimits {

    private final AdminTaskRepository tasks;
    private final BoardColumnStateRepository columnStates;
    private final TaskHistory history;
    private final Clock clock;

    ColumnLimits(AdminTaskRepository tasks, BoardColumnStateRepository columnStates, TaskHistory history, Clock clock) {
        this.tasks = tasks;
        this.columnStates = columnStates;
        this.history = history;
        this.clock = clock;
    }

    /** Call before the card enters {@code target}. */
    void recordIfOver(long taskId, long actorId, BoardColumn target) {
        long count = tasks.countInColumn(clock.instant().minus(BoardService.DONE_VISIBLE), target);
        Integer limit =
                columnStates.findById(target).map(BoardColumnState::getWipLimit).orElse(null);
        if (BoardRules.wouldExceed(limit, count, false)) {
            history.record(taskId, actorId, HistoryAction.OVER_LIMIT, target.name() + " " + (count + 1) + "/" + limit);
        }
    }
}
