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

/** A comment on a task. */
@Entity
@Table(name = "admin_task_comment")
class TaskComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CommentKind kind = CommentKind.COMMENT;

    protected TaskComment() {}

    TaskComment(long taskId, long authorId, String body, Instant createdAt) {
        this(taskId, authorId, body, createdAt, CommentKind.COMMENT);
    }

    TaskComment(long taskId, long authorId, String body, Instant createdAt, CommentKind kind) {
        this.kind = kind;
        this.taskId = taskId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getTaskId() {
        return taskId;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    CommentKind getKind() {
        return kind;
    }
}
