package org.psoportal.admintasks.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.psoportal.shared.TextLimits;

/**
 * A template as its form fills it in; {@code firstRun} is the earliest date of the next card. The constraints'
 * messages are translation keys; the service checks them (and the project and assignee in the database).
 */
public record TemplateDraft(
        @NotBlank(message = "{board.title.required}") @Size(max = TaskDraft.MAX_TITLE, message = "{board.title.required}") String title,

        @Size(max = TextLimits.NOTES, message = "{input.tooLong}") String description,

        @NotNull(message = "{template.invalid}") TaskType type,
        long projectId,
        Long assigneeId,
        @NotNull(message = "{template.invalid}") Priority priority,
        @NotNull(message = "{template.invalid}") Recurrence recurrence,

        @Min(value = 0, message = "{template.invalid}") @Max(value = 365, message = "{template.invalid}") int dueDays,

        @NotNull(message = "{template.invalid}") LocalDate firstRun) {

    /** The same draft with the title's surrounding blanks removed, as it is validated. */
    TemplateDraft stripped() {
        return new TemplateDraft(
                title == null ? null : title.strip(),
                description,
                type,
                projectId,
                assigneeId,
                priority,
                recurrence,
                dueDays,
                firstRun);
    }
}
