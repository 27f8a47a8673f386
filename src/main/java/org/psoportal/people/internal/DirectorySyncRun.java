package org.psoportal.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * The report of one directory sync, kept for the head's people page: who started it (the schedule or a head), when,
 * how many entries it read and what it did with them, and one line per entry it could not apply.
 */
@Entity
@Table(name = "directory_sync_run")
public class DirectorySyncRun {

    /** Who starts a scheduled run. */
    public static final String SCHEDULE = "schedule";

    /** At most this many error lines are kept (a misconfigured filter could produce thousands). */
    static final int MAX_ERROR_LINES = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, length = 160)
    private String startedBy;

    @Column(name = "read_count", nullable = false)
    private int read;

    @Column(nullable = false)
    private int created;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int deactivated;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(columnDefinition = "TEXT")
    private String errors;

    protected DirectorySyncRun() {}

    DirectorySyncRun(
            Instant startedAt,
            Instant finishedAt,
            String startedBy,
            int read,
            int created,
            int updated,
            int deactivated,
            List<String> errors) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.startedBy = startedBy.length() > 160 ? startedBy.substring(0, 160) : startedBy;
        this.read = read;
        this.created = created;
        this.updated = updated;
        this.deactivated = deactivated;
        this.errorCount = errors.size();
        this.errors = errors.isEmpty()
                ? null
                : String.join("\n", errors.subList(0, Math.min(errors.size(), MAX_ERROR_LINES)));
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public int getRead() {
        return read;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getDeactivated() {
        return deactivated;
    }

    public int getErrorCount() {
        return errorCount;
    }

    /** The error lines kept, one per entry. */
    public List<String> getErrors() {
        return errors == null ? List.of() : List.of(errors.split("\n"));
    }
}
