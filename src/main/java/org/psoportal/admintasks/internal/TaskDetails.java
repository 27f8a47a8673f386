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
        boolean mayReadDetails,
        Loop loop) {

    public record Item(long id, String label, boolean done) {}

    public record Comment(long id, String authorName, Instant at, String body, CommentKind kind) {}

    /**
     * Closing the loop with the requester: the open question (null: none), whether the caller may ask one (a manager,
     * while none is open and the card is not done) or answer it (the requester, while one is open), and whether the
     * caller watches the task or may ({@code mayWatch}: need to know, and not the requester or the assignee, who are
     * told anyway).
     */
    public record Loop(String openQuestion, boolean mayAsk, boolean mayAnswer, boolean watching, boolean mayWatch) {

        public static final Loop NONE = new Loop(null, false, false, false, false);
    }

    public record History(Instant at, String actorName, HistoryAction action, String detail) {}

    public long id() {
        return card.id();
    }

    public long version() {
        return card.version();
    }
}
