package org.psoportal.admintasks;

import org.psoportal.admintasks.internal.BoardColumn;

/**
 * Something a person did to a task, published inside the transaction that does it, so that a listener's writes
 * (a notification, a service-level clock) commit or roll back with the change itself. Listen with a plain
 * {@code @EventListener}; anything that must wait for the commit (an e-mail) defers itself. Not relayed to other
 * instances: each change is published once, where it happens.
 *
 * @param actorId who did it; null for the portal itself (a recurring template creating a task)
 * @param assigneeId the assignee after the change (null: unassigned)
 * @param previousAssigneeId the assignee before it, for {@link Kind#ASSIGNED}
 * @param from the column before a move (for other kinds the card's column, as {@code to})
 * @param to the card's column after the change
 * @param text what was said: the comment, the question, the answer; null otherwise
 */
public record TaskActivity(
        long taskId,
        String title,
        long projectId,
        Kind kind,
        Long actorId,
        long requesterId,
        Long assigneeId,
        Long previousAssigneeId,
        BoardColumn from,
        BoardColumn to,
        String text) {

    public enum Kind {
        /** A new task (a staff member's request, a manager's card or a template's). */
        CREATED,
        /** The assignee changed ({@code assigneeId} may be null: unassigned). */
        ASSIGNED,
        /** Moved to another column; {@link #DONE} and {@link #REOPENED} instead when it reaches or leaves Done. */
        MOVED,
        DONE,
        REOPENED,
        COMMENTED,
        /** An administrator asked the requester a question; the card waits for the answer. */
        ASKED,
        /** The requester answered; the card went back to where it was before the question. */
        ANSWERED
    }

    /** Whether {@code personId} did this themselves (nobody is told of their own change). */
    public boolean byPerson(long personId) {
        return actorId != null && actorId == personId;
    }
}
