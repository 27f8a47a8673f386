package org.psoportal.requests.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.psoportal.requests.TargetUnit;

/** The editable parts of a catalogue entry, as the catalogue editor fills them in. Messages are translation keys. */
public record RequestTypeDraft(
        @NotBlank(message = "{request.type.name.required}") @Size(max = 100, message = "{input.tooLong}") String name,

        @Size(max = 500, message = "{input.tooLong}") String description,

        @NotBlank(message = "{request.type.taskType.required}") String taskType,

        @NotNull(message = "{request.type.assignee.required}") AssigneeRule assigneeRule,

        Long assigneeId,

        @Min(value = 1, message = "{request.type.target.invalid}") @Max(value = 9999, message = "{request.type.target.invalid}") Integer targetAmount,

        TargetUnit targetUnit,
        @Size(max = 4000, message = "{input.tooLong}") String checklist,
        int displayOrder,
        @NotNull FormDefinition form) {

    /** The checklist template as items: one per non-blank line. */
    public java.util.List<String> checklistItems() {
        return checklist == null
                ? java.util.List.of()
                : checklist.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
