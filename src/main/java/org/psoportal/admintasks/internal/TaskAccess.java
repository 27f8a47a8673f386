package org.psoportal.admintasks.internal;

import org.psoportal.projects.ProjectService;
import org.psoportal.security.AccessRefusals;
import org.springframework.stereotype.Component;

/**
 * Need to know for a task's details (description, checklist, comments, history, attachments): the requester,
 * the assignee, administrators, the head and the manager of the task's project ({@link BoardRules#mayReadDetails}
 * plus the project lookup). Everybody else who sees the board sees the card's title and state only.
 */
@Component
class TaskAccess {

    private final ProjectService projects;

    TaskAccess(ProjectService projects) {
        this.projects = projects;
    }

    boolean mayReadDetails(Actor actor, AdminTask task) {
        return BoardRules.mayReadDetails(actor, task.getRequestedById(), task.getAssigneeId())
                || projects.isManagedBy(task.getProjectId(), actor.personId());
    }

    /** Refuses (logged by {@link AccessRefusals}) unless the caller may read the task's details. */
    void requireReadDetails(Actor actor, AdminTask task) {
        if (!mayReadDetails(actor, task)) {
            throw AccessRefusals.refuse("task", task.getId());
        }
    }
}
