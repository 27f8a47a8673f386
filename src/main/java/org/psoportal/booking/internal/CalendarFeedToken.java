package org.psoportal.booking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's current calendar-feed token: the token itself (so its owner can see the address again) and its hash
 * (the lookup key); regenerating replaces both, so the old URL stops working.
 */
@Entity
@Table(name = "calendar_feed_token")
class CalendarFeedToken {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    /** Null for tokens made before the portal kept them (their owner regenerates to see an address). */
    @Column(name = "token", length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeedToken() {}

    CalendarFeedToken(long personId, String token, String tokenHash, Instant createdAt) {
        this.personId = personId;
        this.token = token;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replace(String newToken, String newHash, Instant at) {
        this.token = newToken;
        this.tokenHash = newHash;
        this.createdAt = at;
    }

    String getToken() {
        return token;
    }

    Long getPersonId() {
        return personId;
    }
}
