package org.psoportal.admintasks.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who changed what on a task, and when. The detail is plain text (e.g. "TODO → IN_PROGRESS"). */
@Entity
@Table(name = "admin_task_history")
class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistoryAction action;

    @Column(length = 500)
    private String detail;

    protected HistoryEntry() {}

    HistoryEntry(long taskId, Long actorId, Instant at, HistoryAction action, String detail) {
        this.taskId = taskId;
        this.actorId = actorId;
        this.at = at;
        this.action = action;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    long getTaskId() {
        return taskId;
    }

    Long getActorId() {
        return actorId;
    }

    Instant getAt() {
        return at;
    }

    HistoryAction getAction() {
        return action;
    }

    String getDetail() {
        return detail;
    }
}
