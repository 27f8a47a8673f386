package org.psoportal.notifications.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationSettingsRepository extends JpaRepository<NotificationSettings, Long> {

    default NotificationPreferences preferencesOf(long personId) {
        return findById(personId).map(NotificationSettings::preferences).orElse(NotificationPreferences.DEFAULTS);
    }
}
