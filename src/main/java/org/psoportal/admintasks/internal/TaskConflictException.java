package org.psoportal.admintasks.internal;

import org.psoportal.shared.ConcurrentChangeException;

/** Someone changed the task after the caller loaded it: nothing was saved; the UI reloads the current state. */
public class TaskConflictException extends ConcurrentChangeException {

    private final long taskId;

    TaskConflictException(long taskId, String title) {
        super("board.conflict", title);
        this.taskId = taskId;
    }

    public long taskId() {
        return taskId;
    }
}
