package org.psoportal.reminders.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReminderSettingsRepository extends JpaRepository<ReminderSettings, Long> {

    /** The largest reminder time anyone chose (minutes), null when nobody has a row. */
    @Query("""
            select max(case when coalesce(s.firstOffsetMinutes, 0) > coalesce(s.secondOffsetMinutes, 0)
                            then s.firstOffsetMinutes else s.secondOffsetMinutes end)
            from ReminderSettings s
            """)
    Integer largestChosenMinutes();

    /** Each of these people's choices; the defaults for those without a row. */
    default Map<Long, ReminderPreferences> preferencesOf(Collection<Long> personIds) {
        Map<Long, ReminderPreferences> stored = findAllById(personIds).stream()
                .collect(Collectors.toMap(ReminderSettings::getPersonId, ReminderSettings::preferences));
        return personIds.stream()
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(), id -> stored.getOrDefault(id, ReminderPreferences.DEFAULTS)));
    }

    default ReminderPreferences preferencesOf(long personId) {
        return findById(personId).map(ReminderSettings::preferences).orElse(ReminderPreferences.DEFAULTS);
    }
}
