package org.psoportal.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of a person's current calendar-feed token; regenerating replaces it, so the old URL stops working. */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeedToken() {}

    CalendarFeedToken(long personId, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replace(String newHash, Instant at) {
        this.tokenHash = newHash;
        this.createdAt = at;
    }

    Long getPersonId() {
        return personId;
    }
}
