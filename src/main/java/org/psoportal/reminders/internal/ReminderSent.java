package org.psoportal.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reminder that was sent. Its unique key (kind, ref_id, person_id, offset_minutes, starts_at) is what makes a
 * reminder go out once however many runs try: the second insert of the same key fails.
 */
@Entity
@Table(name = "reminder_sent")
class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "ref_id", nullable = false)
    private long refId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "offset_minutes", nullable = false)
    private int offsetMinutes;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {}

    ReminderSent(ReminderKey key, Instant sentAt) {
        this.kind = key.kind();
        this.refId = key.refId();
        this.personId = key.personId();
        this.offsetMinutes = key.offsetMinutes();
        this.startsAt = key.startsAt();
        this.sentAt = sentAt;
    }

    ReminderKey key() {
        return new ReminderKey(kind, refId, personId, offsetMinutes, startsAt);
    }
}
