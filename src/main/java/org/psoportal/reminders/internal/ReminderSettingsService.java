package org.psoportal.reminders.internal;

import java.time.Clock;
import org.psoportal.notifications.NotificationService;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.UserMessageException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's reminder choices (the "Reminders" page). Each person reads and changes only their own: no
 * method takes a person's id, the person is always the caller.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class ReminderSettingsService {

    private final ReminderSettingsRepository settings;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReminderSettingsService(
            ReminderSettingsRepository settings,
            NotificationService notifications,
            CurrentUser currentUser,
            Clock clock) {
        this.settings = settings;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderPreferences mine() {
        return settings.preferencesOf(currentUser.personId());
    }

    @Transactional
    public ReminderPreferences saveMine(ReminderPreferences preferences) {
        if (preferences == null) {
            throw new UserMessageException("reminders.error.missing");
        }
        long me = currentUser.personId();
        ReminderSettings row = settings.findById(me).orElseGet(() -> new ReminderSettings(me));
        row.set(preferences, clock.instant());
        settings.save(row);
        return row.preferences();
    }

    /** Whether the e-mail choice means anything: the portal sends no e-mail without SMTP. */
    public boolean emailAvailable() {
        return notifications.sendsEmail();
    }
}
