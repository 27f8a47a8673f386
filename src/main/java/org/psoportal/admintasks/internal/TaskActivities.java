package org.psoportal.admintasks.internal;

import org.psoportal.admintasks.TaskActivity;
import org.psoportal.admintasks.TaskActivity.Kind;

/** Builds the {@link TaskActivity} of a change from the task as it is after the change. */
final class TaskActivities {

    private TaskActivities() {}

    static TaskActivity of(AdminTask task, Kind kind, Long actorId, Long previousAssigneeId, String text) {
        return new TaskActivity(
                task.getId(),
                task.getTitle(),
                task.getProjectId(),
                kind,
                actorId,
                task.getRequestedById(),
                task.getAssigneeId(),
                previousAssigneeId,
                task.getColumn(),
                task.getColumn(),
                text);
    }

    /** A question or an answer, which may move the card: {@code from} the column before, the card's column after. */
    static TaskActivity between(AdminTask task, Kind kind, BoardColumn from, Long actorId, String text) {
        return new TaskActivity(
                task.getId(),
                task.getTitle(),
                task.getProjectId(),
                kind,
                actorId,
                task.getRequestedById(),
                task.getAssigneeId(),
                null,
                from,
                task.getColumn(),
                text);
    }

    /** A move between columns: DONE when it reaches Done, REOPENED when it leaves it, MOVED otherwise. */
    static TaskActivity moved(AdminTask task, BoardColumn from, Long actorId) {
        BoardColumn to = task.getColumn();
        Kind kind = to == BoardColumn.DONE ? Kind.DONE : from == BoardColumn.DONE ? Kind.REOPENED : Kind.MOVED;
        return between(task, kind, from, actorId, null);
    }
}
