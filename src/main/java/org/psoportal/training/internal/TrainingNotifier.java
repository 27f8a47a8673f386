package org.psoportal.training.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.NotificationService;
import org.psoportal.security.CurrentUser;
import org.psoportal.training.TrainingSessionsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells people what happened to their place at a session (never the person who made the change), and tells open
 * Sessions pages that a session changed (after commit: listeners use @TransactionalEventListener).
 */
@Component
class TrainingNotifier {

    static final String LINK = "sessions";

    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final DateTimeFormatter when;

    TrainingNotifier(
            NotificationService notifications, CurrentUser currentUser, ApplicationEventPublisher events, ZoneId zone) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        // the portal's one date-time format (TimeFormats.DATE_TIME_PATTERN), as booking's notifier
        this.when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(zone);
    }

    String when(TrainingSession s) {
        return when.format(s.getStartAt());
    }

    String when(java.time.Instant instant) {
        return when.format(instant);
    }

    /** Tells each of {@code people} (but the actor) about the session: {@code key} gets title, time, then {@code extra}. */
    void tell(Collection<Long> people, TrainingSession s, String key, String... extra) {
        long actor = currentUser.findPersonId().orElse(-1L);
        List<String> args = new java.util.ArrayList<>(List.of(s.getTitle(), when(s)));
        args.addAll(List.of(extra));
        for (long personId : people) {
            if (personId != actor) {
                notifications.notify(NotificationKind.TRAINING, personId, key, args, LINK + "?session=" + s.getId());
            }
        }
    }

    void changed(long sessionId) {
        events.publishEvent(new TrainingSessionsChanged(sessionId));
    }
}
