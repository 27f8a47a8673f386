package org.psoportal.notifications.internal;

import java.time.Clock;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.UserMessageException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notification choices (the "Notification settings" page). Each person reads and changes only
 * their own: no method takes a person's id.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class NotificationSettingsService {

    private final NotificationSettingsRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean mailEnabled;

    NotificationSettingsService(
            NotificationSettingsRepository settings,
            CurrentUser currentUser,
            Clock clock,
            @Value("${spring.mail.host:}") String mailHost) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.mailEnabled = !mailHost.isBlank();
    }

    @Transactional(readOnly = true)
    public NotificationPreferences mine() {
        return settings.preferencesOf(currentUser.personId());
    }

    @Transactional
    public NotificationPreferences saveMine(NotificationPreferences preferences) {
        if (preferences == null) {
            throw new UserMessageException("notifications.settings.missing");
        }
        long me = currentUser.personId();
        NotificationSettings row = settings.findById(me).orElseGet(() -> new NotificationSettings(me));
        row.set(preferences, clock.instant());
        settings.save(row);
        return row.preferences();
    }

    /** Whether the e-mail choices mean anything: the portal sends no e-mail without SMTP. */
    public boolean emailAvailable() {
        return mailEnabled;
    }
}
