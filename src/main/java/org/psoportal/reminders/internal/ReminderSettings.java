package org.psoportal.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's stored reminder choices; a person without a row has {@link ReminderPreferences#DEFAULTS}. */
@Entity
@Table(name = "reminder_settings")
class ReminderSettings {

    @Id
    @Column(name = "person_id")
    private long personId;

    @Column(name = "first_offset_minutes")
    private Integer firstOffsetMinutes;

    @Column(name = "second_offset_minutes")
    private Integer secondOffsetMinutes;

    @Column(nullable = false)
    private boolean email;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReminderSettings() {}

    ReminderSettings(long personId) {
        this.personId = personId;
    }

    void set(ReminderPreferences preferences, Instant at) {
        this.firstOffsetMinutes = minutes(preferences.first());
        this.secondOffsetMinutes = minutes(preferences.second());
        this.email = preferences.email();
        this.updatedAt = at;
    }

    ReminderPreferences preferences() {
        return new ReminderPreferences(
                ReminderTime.ofMinutes(firstOffsetMinutes).orElse(null),
                ReminderTime.ofMinutes(secondOffsetMinutes).orElse(null),
                email);
    }

    long getPersonId() {
        return personId;
    }

    private static Integer minutes(ReminderTime time) {
        return time == null ? null : time.minutes();
    }
}
