package org.psoportal.admintasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A card on the board. Its position is written only by the board's position SQL (never by an entity update),
 * so that moving a neighbour neither bumps this card's version nor can be overwritten by a stale copy of it.
 */
@Entity
@Table(name = "admin_task")
public class AdminTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_type", nullable = false, length = 20)
    private TaskType type;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "requested_by_id", nullable = false)
    private long requestedById;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "board_column", nullable = false, length = 20)
    private BoardColumn column;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false, updatable = false)
    private long position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "template_id")
    private Long templateId;

    /** While a question to the requester is open: the column the card was in before it (the answer returns it). */
    @Enumerated(EnumType.STRING)
    @Column(name = "asked_from_column", length = 20)
    private BoardColumn askedFrom;

    @Version
    private long version;

    protected AdminTask() {}

    AdminTask(TaskDraft draft, long requestedById, BoardColumn column, long position, Instant now) {
        apply(draft);
        this.requestedById = requestedById;
        this.column = column;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
        if (column == BoardColumn.DONE) {
            completedAt = now;
        }
    }

    final void apply(TaskDraft draft) {
        this.title = draft.title().trim();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description();
        this.type = draft.type();
        this.projectId = draft.projectId();
        this.assigneeId = draft.assigneeId();
        this.priority = draft.priority();
        this.dueDate = draft.dueDate();
    }

    TaskDraft toDraft() {
        return new TaskDraft(title, description, type, projectId, assigneeId, priority, dueDate);
    }

    /** Entering Done stamps the completion time (the dashboard's cycle time); leaving it clears it. */
    void moveTo(BoardColumn target, Instant now) {
        if (target == BoardColumn.DONE && column != BoardColumn.DONE) {
            completedAt = now;
        } else if (target != BoardColumn.DONE) {
            completedAt = null;
        }
        column = target;
        updatedAt = now;
    }

    /** A question to the requester opens: remember where the card was, and let it wait. */
    void ask(Instant now) {
        askedFrom = column;
        moveTo(BoardColumn.WAITING, now);
    }

    /** The requester answered: the question closes; the caller puts the card back where {@link #askedFrom()} says. */
    void answered(Instant now) {
        askedFrom = null;
        updatedAt = now;
    }

    /** Null when no question to the requester is open. */
    BoardColumn askedFrom() {
        return askedFrom;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    void archive(Instant now) {
        archivedAt = now;
        updatedAt = now;
    }

    /** Back on the board, at the place it had (its position was kept while archived). */
    void restore(Instant now) {
        archivedAt = null;
        updatedAt = now;
    }

    void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    /** Demo data only: spreads creation and completion over past weeks. */
    void backdate(Instant created, Instant completed) {
        this.createdAt = created;
        this.updatedAt = completed != null ? completed : created;
        if (column == BoardColumn.DONE) {
            this.completedAt = completed;
        }
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    TaskType getType() {
        return type;
    }

    long getProjectId() {
        return projectId;
    }

    long getRequestedById() {
        return requestedById;
    }

    Long getAssigneeId() {
        return assigneeId;
    }

    BoardColumn getColumn() {
        return column;
    }

    Priority getPriority() {
        return priority;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    long getPosition() {
        return position;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Instant getCompletedAt() {
        return completedAt;
    }

    Instant getArchivedAt() {
        return archivedAt;
    }

    long getVersion() {
        return version;
    }
}
