package org.psoportal.requests.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.TaskFiling;

/**
 * A request as the "Request help" form fills it in: the card's title, project and priority, an optional note, the
 * answers (field key to value) and the files, per attachment field (field key to files) or general ({@code ""}).
 */
public record RequestDraft(
        long requestTypeId,
        String title,
        long projectId,
        String priority,
        LocalDate dueDate,
        String note,
        Map<String, String> answers,
        Map<String, List<TaskFiling.File>> files) {

    public RequestDraft {
        answers = answers == null ? Map.of() : answers;
        files = files == null ? Map.of() : files;
    }
}
