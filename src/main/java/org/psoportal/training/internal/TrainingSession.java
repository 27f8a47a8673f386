package org.psoportal.training.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A training session. Refers to the expert, people and projects by id (other modules own them). */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 60)
    private String skill;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(length = 200)
    private String place;

    @Column(name = "meeting_link", length = 500)
    private String meetingLink;

    @Column(nullable = false)
    private int seats;

    @Column(name = "registration_deadline", nullable = false)
    private Instant registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @ElementCollection
    @CollectionTable(name = "training_session_project", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "project_id")
    private Set<Long> projectIds = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Column(name = "hold_id")
    private Long holdId;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_by_id", nullable = false)
    private long createdById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingSession() {}

    TrainingSession(long expertId, long createdById, Instant createdAt) {
        this.expertId = expertId;
        this.createdById = createdById;
        this.createdAt = createdAt;
    }

    /** Everything the form edits; the time is set with {@link #moveTo}. */
    void describe(SessionDetails d) {
        this.title = d.title();
        this.skill = d.skill();
        this.description = d.description();
        this.place = d.place();
        this.meetingLink = d.meetingLink();
        this.seats = d.seats();
        this.audience = d.audience();
        this.projectIds = new HashSet<>(d.projectIds());
    }

    void moveTo(Instant start, Instant end, Instant deadline) {
        this.startAt = start;
        this.endAt = end;
        this.registrationDeadline = deadline;
    }

    void holdTime(Long holdId) {
        this.holdId = holdId;
    }

    void joinSeries(Long seriesId) {
        this.seriesId = seriesId;
    }

    void cancel(String reason, Instant at) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
        this.holdId = null;
    }

    public Long getId() {
        return id;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public long getExpertId() {
        return expertId;
    }

    public String getTitle() {
        return title;
    }

    public String getSkill() {
        return skill;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartAt() {
        return startAt;
    }

    public Instant getEndAt() {
        return endAt;
    }

    public String getPlace() {
        return place;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public int getSeats() {
        return seats;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public Audience getAudience() {
        return audience;
    }

    public Set<Long> getProjectIds() {
        return Set.copyOf(projectIds);
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Long getHoldId() {
        return holdId;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public long getVersion() {
        return version;
    }
}
