package org.psoportal.admintasks;

import java.time.Instant;
import java.time.LocalDate;

/** What a board card shows, with names already looked up. */
public record TaskCard(long id, long version, String title, long projectId, String projectCode, TaskType type,
        Long assigneeId, String assigneeName, String assigneeInitials, long requestedById, BoardColumn column,
        int position, Priority priority, LocalDate dueDate, boolean overdue, int checklistDone, int checklistTotal,
        Instant createdAt, Instant completedAt) {}
