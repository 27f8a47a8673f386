package org.psoportal.admintasks;

import java.time.LocalDate;

/** A template as its form fills it in; {@code firstRun} is the earliest date of the next card. */
public record TemplateDraft(String title, String description, TaskType type, long projectId, Long assigneeId,
        Priority priority, Recurrence recurrence, int dueDays, LocalDate firstRun) {}
