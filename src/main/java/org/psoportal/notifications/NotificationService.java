package org.psoportal.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.psoportal.notifications.internal.MailOut;
import org.psoportal.notifications.internal.Notification;
import org.psoportal.notifications.internal.NotificationItem;
import org.psoportal.notifications.internal.NotificationPreferences;
import org.psoportal.notifications.internal.NotificationRepository;
import org.psoportal.notifications.internal.NotificationSettingsRepository;
import org.psoportal.notifications.internal.UnreadCountChanged;
import org.psoportal.people.PersonService;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In-portal notifications, and the same text by e-mail when SMTP is configured and the person wants e-mail for the
 * note's {@link NotificationKind} (their notification settings), one by one or in their daily digest.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class NotificationService {

    private static final int LIST_SIZE = 50;

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailOut mail;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    NotificationService(
            NotificationRepository notifications,
            NotificationSettingsRepository settings,
            PersonService people,
            CurrentUser currentUser,
            Clock clock,
            MailOut mail,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.settings = settings;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        this.mail = mail;
        this.events = events;
        this.meters = meters;
    }

    /**
     * Notes something of a {@code kind} for a person; part of the caller's transaction (no note for a change that
     * rolled back). The e-mail, if the person wants e-mail for this kind, goes out only after the commit, or waits
     * for their daily digest. Never call it for the person who made the change: nobody is told of their own.
     *
     * @param link where the reader acts on it, relative to the portal ({@code board?task=12}); null for none
     */
    @Transactional
    public void notify(NotificationKind kind, long personId, String messageKey, List<String> args, String link) {
        deliver(kind, personId, messageKey, args, link, true);
    }

    /**
     * As {@link #notify(NotificationKind, long, String, List, String)}, with no e-mail at all when {@code email} is
     * false: for notes the person chose to get in the portal only elsewhere (reminders).
     */
    @Transactional
    public void notify(
            NotificationKind kind, long personId, String messageKey, List<String> args, String link, boolean email) {
        deliver(kind, personId, messageKey, args, link, email);
    }

    /** A note of no particular kind: e-mailed whatever the person's settings (prefer the kind-aware method). */
    @Transactional
    public void notify(long personId, String messageKey, List<String> args, String link) {
        deliver(null, personId, messageKey, args, link, true);
    }

    /** As {@link #notify(long, String, List, String)}, with the e-mail only when {@code email} is true. */
    @Transactional
    public void notify(long personId, String messageKey, List<String> args, String link, boolean email) {
        deliver(null, personId, messageKey, args, link, email);
    }

    private void deliver(
            NotificationKind kind, long personId, String messageKey, List<String> args, String link, boolean email) {
        Notification note = new Notification(personId, kind, messageKey, args, link, clock.instant());
        boolean mailed = email && mail.enabled();
        NotificationPreferences preferences =
                mailed ? settings.preferencesOf(personId) : NotificationPreferences.DEFAULTS;
        boolean inDigest = mailed && preferences.inDigest(kind);
        if (inDigest) {
            note.waitForDigest();
        }
        notifications.save(note);
        // the person's open bells update once this commits (UnreadCountListeners)
        events.publishEvent(new UnreadCountChanged(personId));
        afterCommit(() -> counted("in_portal", "sent"));
        if (!mailed || inDigest || !preferences.emailFor(kind)) {
            return;
        }
        String body = mail.body(messageKey, args, link);
        people.summary(personId)
                .ifPresent(to -> afterCommit(
                        () -> mail.send(personId, to.email(), mail.text().subject(), body)));
    }

    /** Whether the portal sends e-mail at all (SMTP configured): a choice of e-mail only means something then. */
    public boolean sendsEmail() {
        return mail.enabled();
    }

    @Transactional(readOnly = true)
    public List<NotificationItem> mine() {
        return notifications.latest(currentUser.personId(), PageRequest.of(0, LIST_SIZE)).stream()
                .map(Notification::toItem)
                .toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countUnread(currentUser.personId());
    }

    @Transactional
    public void markAllRead() {
        long me = currentUser.personId();
        notifications.markAllRead(me, clock.instant());
        // the person's bells in other tabs go quiet too
        events.publishEvent(new UnreadCountChanged(me));
    }

    /** Metric pso.notifications{channel, outcome} (docs/operations.md, "Metrics"). */
    private void counted(String channel, String outcome) {
        meters.counter("pso.notifications", "channel", channel, "outcome", outcome)
                .increment();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
