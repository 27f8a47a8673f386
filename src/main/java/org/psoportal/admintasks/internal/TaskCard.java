package org.psoportal.admintasks.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.psoportal.admintasks.CardClock;

/** What a board card shows, with names already looked up. */
public record TaskCard(
        long id,
        long version,
        String title,
        long projectId,
        String projectCode,
        TaskType type,
        Long assigneeId,
        String assigneeName,
        String assigneeInitials,
        long requestedById,
        BoardColumn column,
        long position,
        Priority priority,
        LocalDate dueDate,
        boolean overdue,
        int checklistDone,
        int checklistTotal,
        Instant createdAt,
        Instant completedAt,
        /** When someone archived it (null: not archived; an old Done card is in the archive without this). */
        Instant archivedAt,
        /** The card's service-level clock (null: none). */
        CardClock clock) {}
