package org.psoportal.admintasks.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One card as the board query reads it: no names yet (those come in batch lookups). */
record CardRow(
        long id,
        long version,
        String title,
        long projectId,
        TaskType type,
        Long assigneeId,
        long requestedById,
        BoardColumn column,
        long position,
        Priority priority,
        LocalDate dueDate,
        Instant createdAt,
        Instant completedAt,
        Instant archivedAt) {}
