package org.psoportal.booking.internal;

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

/** An expert booked for a project. Refers to people and projects by id (other features own them). */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expert_id", nullable = false)
    private long expertId;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "booked_by_id", nullable = false)
    private long bookedById;

    @Column(name = "start_at", nullable = false)
    private Instant startAt;

    @Column(name = "end_at", nullable = false)
    private Instant endAt;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(columnDefinition = "TEXT")
    private String notes;

    @Column(length = 60)
    private String skill;

    /** The repeating booking this one is an occurrence of, or null. */
    @Column(name = "series_id")
    private Long seriesId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BookingStatus status;

    @Column(name = "cancelled_by_id")
    private Long cancelledById;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Booking() {}

    Booking(
            long expertId,
            long projectId,
            long bookedById,
            TimeRange time,
            String topic,
            String notes,
            BookingStatus status,
            Instant createdAt) {
        this.expertId = expertId;
        this.projectId = projectId;
        this.bookedById = bookedById;
        this.startAt = time.start();
        this.endAt = time.end();
        this.topic = topic;
        this.notes = notes;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Cancelled or declined: who, when and why are kept. */
    void close(BookingStatus newStatus, long byId, Instant at, String reason) {
        this.status = newStatus;
        this.cancelledById = byId;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    void confirm() {
        this.status = BookingStatus.CONFIRMED;
    }

    void moveTo(TimeRange time, BookingStatus newStatus) {
        this.startAt = time.start();
        this.endAt = time.end();
        this.status = newStatus;
    }

    void setSkill(String skill) {
        this.skill = skill;
    }

    void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    Long getSeriesId() {
        return seriesId;
    }

    Long getId() {
        return id;
    }

    long getExpertId() {
        return expertId;
    }

    long getProjectId() {
        return projectId;
    }

    long getBookedById() {
        return bookedById;
    }

    Instant getStartAt() {
        return startAt;
    }

    Instant getEndAt() {
        return endAt;
    }

    TimeRange time() {
        return new TimeRange(startAt, endAt);
    }

    String getTopic() {
        return topic;
    }

    String getNotes() {
        return notes;
    }

    BookingStatus getStatus() {
        return status;
    }

    Long getCancelledById() {
        return cancelledById;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }

    String getCancelReason() {
        return cancelReason;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }
}
