package org.psoportal.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Unmet demand: a booking attempt refused because the expert was full (overlap or weekly capacity) at a moment
 * when no free slot of the asked length existed anywhere within the expert's horizon. Reason is the rule name.
 */
@Entity
@Table(name = "booking_refusal")
class BookingRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "expert_id")
    private Long expertId;

    @Column(length = 60)
    private String skill;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "requested_by_id", nullable = false)
    private long requestedById;

    @Column(nullable = false, length = 40)
    private String reason;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected BookingRefusal() {}

    BookingRefusal(Long expertId, Long projectId, long requestedById, String reason, Instant occurredAt) {
        this.expertId = expertId;
        this.projectId = projectId;
        this.requestedById = requestedById;
        this.reason = reason;
        this.occurredAt = occurredAt;
    }

    void setSkill(String skill) {
        this.skill = skill;
    }

    Long getId() {
        return id;
    }
}
