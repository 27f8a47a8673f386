package org.psoportal.admintasks.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to a task, kept in the database so that a database backup holds it. */
@Entity
@Table(name = "admin_task_attachment")
class TaskAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false)
    private long taskId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] data;

    @Column(name = "uploaded_by_id", nullable = false)
    private long uploadedById;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TaskAttachment() {}

    TaskAttachment(long taskId, String fileName, String contentType, byte[] data, long uploadedById, Instant at) {
        this.taskId = taskId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.data = data;
        this.uploadedById = uploadedById;
        this.uploadedAt = at;
    }

    Long getId() {
        return id;
    }

    long getTaskId() {
        return taskId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getData() {
        return data;
    }

    long getUploadedById() {
        return uploadedById;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
