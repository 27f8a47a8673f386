package org.psoportal.admintasks.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.TextLimits;

/**
 * The editable fields of a task, as a form fills them in. The constraints' messages are translation keys; the
 * service checks them (and what needs the database: an active project, an administrator as assignee).
 */
public record TaskDraft(
        @NotBlank(message = "{board.title.required}") @Size(max = MAX_TITLE, message = "{board.title.tooLong}") String title,

        @Size(max = TextLimits.NOTES, message = "{input.tooLong}") String description,

        @NotNull(message = "{board.typePriority.required}") TaskType type,
        long projectId,
        Long assigneeId,
        @NotNull(message = "{board.typePriority.required}") Priority priority,
        LocalDate dueDate) {

    public static final int MAX_TITLE = 200;

    public TaskDraft withAssignee(Long assignee) {
        return new TaskDraft(title, description, type, projectId, assignee, priority, dueDate);
    }

    /** The same draft with the title's surrounding blanks removed, as it is validated and stored. */
    /** Blanks around the title dropped, and line breaks and control characters in it made visible ({@link SafeText#singleLine}). */
    TaskDraft stripped() {
        return new TaskDraft(SafeText.singleLine(title), description, type, projectId, assigneeId, priority, dueDate);
    }
}
