package org.psoportal.admintasks.internal;

import java.time.Instant;
import java.util.List;

/**
 * Everything the task dialog shows, and what the caller may do with it. When {@code mayReadDetails} is false
 * (need to know: the caller is not the requester, the assignee, an administrator, the head or the project's
 * manager) the description is null and checklist, comments, history and attachments are empty: only the card's
 * title and state are there.
 */
public record TaskDetails(
        TaskCard card,
        TaskDraft draft,
        String requestedByName,
        Instant updatedAt,
        List<Item> checklist,
        List<Comment> comments,
        List<History> history,
        List<AttachmentInfo> attachments,
        boolean mayEdit,
        boolean mayMove,
        boolean mayAssign,
        boolean mayReadDetails) {

    public record Item(long id, String label, boolean done) {}

    public record Comment(long id, String authorName, Instant at, String body) {}

    public record History(Instant at, String actorName, HistoryAction action, String detail) {}

    public long id() {
        return card.id();
    }

    public long version() {
        return card.version();
    }
}
