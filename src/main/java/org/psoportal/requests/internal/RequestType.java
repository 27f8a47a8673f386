package org.psoportal.requests.internal;

import java.util.List;
import org.psoportal.requests.TargetUnit;

/** A catalogue entry with its current form. */
public record RequestType(
        long id,
        String name,
        String description,
        String taskType,
        AssigneeRule assigneeRule,
        Long assigneeId,
        Integer targetAmount,
        TargetUnit targetUnit,
        List<String> checklist,
        boolean active,
        int displayOrder,
        long formId,
        int formVersion,
        FormDefinition form,
        long version) {

    public RequestTypeDraft toDraft() {
        return new RequestTypeDraft(
                name,
                description,
                taskType,
                assigneeRule,
                assigneeId,
                targetAmount,
                targetUnit,
                String.join("\n", checklist),
                displayOrder,
                form);
    }
}
