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
        CardClock clock) {

    /** A card without a service-level clock. */
    public TaskCard(
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
            Instant archivedAt) {
        this(
                id,
                version,
                title,
                projectId,
                projectCode,
                type,
                assigneeId,
                assigneeName,
                assigneeInitials,
                requestedById,
                column,
                position,
                priority,
                dueDate,
                overdue,
                checklistDone,
                checklistTotal,
                createdAt,
                completedAt,
                archivedAt,
                null);
    }

    /** The same card with its clock. */
    public TaskCard withClock(CardClock c) {
        return new TaskCard(
                id,
                version,
                title,
                projectId,
                projectCode,
                type,
                assigneeId,
                assigneeName,
                assigneeInitials,
                requestedById,
                column,
                position,
                priority,
                dueDate,
                overdue,
                checklistDone,
                checklistTotal,
                createdAt,
                completedAt,
                archivedAt,
                c);
    }

    /** The same card at another position: a card whose only change is its position need not be redrawn. */
    public TaskCard atPosition(long p) {
        return new TaskCard(
                id,
                version,
                title,
                projectId,
                projectCode,
                type,
                assigneeId,
                assigneeName,
                assigneeInitials,
                requestedById,
                column,
                p,
                priority,
                dueDate,
                overdue,
                checklistDone,
                checklistTotal,
                createdAt,
                completedAt,
                archivedAt,
                clock);
    }
}
