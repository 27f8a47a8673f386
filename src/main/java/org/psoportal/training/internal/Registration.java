package org.psoportal.training.internal;

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

/** A person's seat or waitlist place at a session; one row per person and session. */
@Entity
@Table(name = "training_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RegistrationStatus status;

    @Column(name = "queue_no", nullable = false)
    private int queueNo;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "seated_at")
    private Instant seatedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    private Boolean attended;

    @Version
    private long version;

    protected Registration() {}

    Registration(long sessionId, long personId) {
        this.sessionId = sessionId;
        this.personId = personId;
    }

    /** A new place (or a new place after cancelling): queued at the end, seated or waitlisted. */
    void enter(long projectId, RegistrationStatus status, int queueNo, Instant at) {
        this.projectId = projectId;
        this.status = status;
        this.queueNo = queueNo;
        this.registeredAt = at;
        this.seatedAt = status == RegistrationStatus.SEATED ? at : null;
        this.cancelledAt = null;
        this.attended = null;
    }

    void seat(Instant at) {
        this.status = RegistrationStatus.SEATED;
        this.seatedAt = at;
    }

    void cancel(Instant at) {
        this.status = RegistrationStatus.CANCELLED;
        this.cancelledAt = at;
    }

    void markAttended(Boolean attended) {
        this.attended = attended;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getProjectId() {
        return projectId;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public int getQueueNo() {
        return queueNo;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Boolean getAttended() {
        return attended;
    }
}
