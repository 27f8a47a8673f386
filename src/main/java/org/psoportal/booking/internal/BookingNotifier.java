package org.psoportal.booking.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.psoportal.booking.BookingsChanged;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.NotificationService;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other party of a booking what the signed-in person just did (never the actor themself), and tells
 * read-only views (the dashboard) that the expert's bookings changed.
 */
@Component
class BookingNotifier {

    private final NotificationService notifications;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final DateTimeFormatter when;
    private final DateTimeFormatter seriesFrom;
    private final ApplicationEventPublisher events;

    BookingNotifier(
            NotificationService notifications,
            PersonService people,
            CurrentUser currentUser,
            ZoneId zone,
            ApplicationEventPublisher events) {
        this.events = events;
        this.notifications = notifications;
        this.people = people;
        this.currentUser = currentUser;
        // Stored as text in the note and the e-mail, so formatted once in the portal's zone.
        // the portal's one format (TimeFormats.DATE_TIME_PATTERN, which a non-UI class does not import): 24-hour
        this.when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(zone);
        this.seriesFrom =
                DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).withZone(zone);
    }

    void notifyParty(Booking b, long personId, String key) {
        notifyParty(b, personId, key, null);
    }

    /** As above, with the actor's name when the caller has already looked it up (null: look it up). */
    void notifyParty(Booking b, long personId, String key, String actorName) {
        changed(b.getExpertId());
        long actorId = currentUser.personId();
        if (personId == actorId) {
            return;
        }
        String actor = actorName != null
                ? actorName
                : people.summary(actorId).map(PersonSummary::fullName).orElse("?");
        String link = personId == b.getExpertId() ? "schedule" : "my-bookings";
        notifications.notify(
                NotificationKind.BOOKINGS,
                personId,
                key,
                List.of(actor, when.format(b.getStartAt()), b.getTopic()),
                link);
    }

    /**
     * One notification for several occurrences of a series (made, approved, declined, cancelled together): the
     * series is named as "weekly, 6 times from Mon 7 Dec, 10:00", never one note per occurrence.
     */
    void notifySeries(List<Booking> occurrences, Repetition repetition, long personId, String key) {
        Booking first = occurrences.getFirst();
        changed(first.getExpertId());
        long actorId = currentUser.personId();
        if (personId == actorId) {
            return;
        }
        String actor = people.summary(actorId).map(PersonSummary::fullName).orElse("?");
        String link = personId == first.getExpertId() ? "schedule" : "my-bookings";
        notifications.notify(
                NotificationKind.BOOKINGS,
                personId,
                key,
                List.of(actor, seriesText(repetition, occurrences.size(), first), first.getTopic()),
                link);
    }

    /** "weekly, 6 times from Mon 7 Dec, 10:00" (stored as text in the note and the e-mail, so English here). */
    String seriesText(Repetition repetition, int count, Booking first) {
        String how = switch (repetition) {
            case WEEKLY -> "weekly";
            case EVERY_TWO_WEEKS -> "every two weeks";
            case MONTHLY -> "monthly";
        };
        return how + ", " + count + (count == 1 ? " time" : " times") + " from "
                + seriesFrom.format(first.getStartAt());
    }

    /** Delivered after the transaction commits (listeners use @TransactionalEventListener). */
    void changed(long expertId) {
        events.publishEvent(new BookingsChanged(expertId));
    }
}
