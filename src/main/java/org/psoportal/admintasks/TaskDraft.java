package org.psoportal.admintasks;

import java.time.LocalDate;

/** The editable fields of a task, as a form fills them in. */
public record TaskDraft(String title, String description, TaskType type, long projectId, Long assigneeId,
        Priority priority, LocalDate dueDate) {

    public static final int MAX_TITLE = 200;

    public TaskDraft withAssignee(Long assignee) {
        return new TaskDraft(title, description, type, projectId, assignee, priority, dueDate);
    }
}
