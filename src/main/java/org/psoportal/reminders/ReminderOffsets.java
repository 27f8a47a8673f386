package org.psoportal.reminders;

import java.time.Duration;
import java.util.List;
import org.psoportal.reminders.internal.ReminderSettingsRepository;
import org.psoportal.reminders.internal.ReminderTime;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's reminder times, for what shows their appointments elsewhere: the calendar feed writes one
 * VALARM per time, so the calendar app reminds them as the portal does. The feed runs as its owner, so "signed in"
 * is the feed owner there.
 */
@Service
public class ReminderOffsets {

    private final ReminderSettingsRepository settings;
    private final CurrentUser currentUser;

    ReminderOffsets(ReminderSettingsRepository settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    /** How long before the start each reminder comes, largest first; empty when the person switched both off. */
    @PreAuthorize(Access.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Duration> mine() {
        return settings.preferencesOf(currentUser.personId()).times().stream()
                .map(ReminderTime::duration)
                .toList();
    }
}
