package org.psoportal.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.psoportal.notifications.NotificationKind;

/** A person's stored notification choices; a person without a row has {@link NotificationPreferences#DEFAULTS}. */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {

    @Id
    @Column(name = "person_id")
    private long personId;

    /** Kind names, comma-separated; a name no longer known (a kind removed) is ignored. */
    @Column(name = "email_off", nullable = false, length = 500)
    private String emailOff;

    @Column(nullable = false)
    private boolean digest;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationSettings() {}

    NotificationSettings(long personId) {
        this.personId = personId;
    }

    void set(NotificationPreferences preferences, Instant at) {
        this.emailOff = preferences.emailOff().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.digest = preferences.digest();
        this.updatedAt = at;
    }

    NotificationPreferences preferences() {
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        Arrays.stream(emailOff.split(","))
                .filter(name -> Arrays.stream(NotificationKind.values())
                        .anyMatch(k -> k.name().equals(name)))
                .map(NotificationKind::valueOf)
                .forEach(off::add);
        return new NotificationPreferences(off, digest);
    }
}
