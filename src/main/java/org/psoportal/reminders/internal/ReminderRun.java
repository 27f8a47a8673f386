package org.psoportal.reminders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.psoportal.reminders.ReminderSource;
import org.psoportal.reminders.UpcomingAppointment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One pass of the reminder scheduler: asks every {@link ReminderSource} for the appointments starting within the
 * largest reminder time in use, and sends each participant's due reminders ({@link DueReminders}) once
 * ({@link ReminderDelivery}). Safe to run twice at the same time: the reminders already sent are skipped up front, and
 * the unique key catches a run racing this one.
 */
@Component
public class ReminderRun {

    /** Sent rows are kept this long after their appointment's start, then deleted. */
    static final Duration KEEP_SENT = Duration.ofDays(2);

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    private final List<ReminderSource> sources;
    private final ReminderSettingsRepository settings;
    private final ReminderSentRepository sent;
    private final ReminderDelivery delivery;
    private final Duration grace;

    ReminderRun(
            List<ReminderSource> sources,
            ReminderSettingsRepository settings,
            ReminderSentRepository sent,
            ReminderDelivery delivery,
            @Value("${pso.reminders.grace:PT10M}") Duration grace) {
        this.sources = sources;
        this.settings = settings;
        this.sent = sent;
        this.delivery = delivery;
        this.grace = grace;
    }

    /** Sends the reminders due at {@code now}; returns how many this run sent. */
    public int run(Instant now) {
        sent.deleteStartedBefore(now.minus(KEEP_SENT));
        Instant until = now.plus(horizon());
        List<UpcomingAppointment> appointments = appointments(now, until);
        if (appointments.isEmpty()) {
            return 0;
        }
        Map<Long, ReminderPreferences> preferences = settings.preferencesOf(
                appointments.stream().map(UpcomingAppointment::personId).collect(Collectors.toSet()));
        Set<ReminderKey> alreadySent =
                sent.startingBetween(now, until).stream().map(ReminderSent::key).collect(Collectors.toSet());
        int count = 0;
        for (UpcomingAppointment appointment : appointments) {
            ReminderPreferences mine = preferences.get(appointment.personId());
            for (ReminderTime time : DueReminders.due(appointment.start(), mine.times(), now, grace)) {
                if (alreadySent.contains(ReminderKey.of(appointment, time))) {
                    continue;
                }
                try {
                    count += delivery.send(appointment, time, mine.email(), now) ? 1 : 0;
                } catch (RuntimeException e) {
                    // not sent and not recorded: the next run (a minute later, within the grace) tries again
                    log.warn(
                            "Reminder for {} {} to person {} could not be sent; will retry",
                            appointment.kind(),
                            appointment.refId(),
                            appointment.personId(),
                            e);
                }
            }
        }
        return count;
    }

    /** The largest reminder time anyone uses (the defaults count for everyone without a choice), plus a minute. */
    Duration horizon() {
        int defaults = ReminderPreferences.DEFAULTS.times().getFirst().minutes();
        Integer chosen = settings.largestChosenMinutes();
        int largest = Math.min(ReminderTime.LARGEST.minutes(), Math.max(defaults, chosen == null ? 0 : chosen));
        return Duration.ofMinutes(largest + 1L);
    }

    private List<UpcomingAppointment> appointments(Instant from, Instant to) {
        List<UpcomingAppointment> all = new ArrayList<>();
        for (ReminderSource source : sources) {
            try {
                all.addAll(source.startingBetween(from, to));
            } catch (RuntimeException e) {
                // one source failing (its module's query) must not keep the others' reminders back
                log.warn(
                        "Reminder source {} failed; will retry",
                        source.getClass().getSimpleName(),
                        e);
            }
        }
        return all;
    }
}
