package org.psoportal.notifications;

import io.micrometer.core.instrument.MeterRegistry;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.psoportal.notifications.internal.Notification;
import org.psoportal.notifications.internal.NotificationItem;
import org.psoportal.notifications.internal.NotificationRepository;
import org.psoportal.notifications.internal.UnreadCountChanged;
import org.psoportal.people.PersonService;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * In-portal notifications, and the same text by e-mail when SMTP is configured ({@code spring.mail.host}): Spring
 * Boot only creates a {@link JavaMailSender} then, hence the {@link ObjectProvider}.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int LIST_SIZE = 50;
    private static final java.util.regex.Pattern EMAIL_ADDRESS =
            java.util.regex.Pattern.compile("[^\\s<>\"',;:]+@[^\\s<>\"',;]+");

    private final NotificationRepository notifications;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> mail;
    private final MailText mailText;
    private final String from;
    private final boolean mailEnabled;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;

    NotificationService(
            NotificationRepository notifications,
            PersonService people,
            CurrentUser currentUser,
            Clock clock,
            ObjectProvider<JavaMailSender> mail,
            MailText mailText,
            @Value("${pso.mail.from:pso-portal@localhost}") String from,
            @Value("${spring.mail.host:}") String mailHost,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
        // The property is always present (empty without SMTP), so Boot may create a sender that points nowhere.
        this.mail = mail;
        this.mailEnabled = !mailHost.isBlank();
        this.mailText = mailText;
        this.from = from;
        this.events = events;
        this.meters = meters;
    }

    /**
     * Notes something for a person; part of the caller's transaction (no note for a change that rolled back),
     * and the e-mail goes out only after the commit.
     */
    @Transactional
    public void notify(long personId, String messageKey, List<String> args, String link) {
        notifications.save(new Notification(personId, messageKey, args, link, clock.instant()));
        // the person's open bells update once this commits (UnreadCountListeners)
        events.publishEvent(new UnreadCountChanged(personId));
        afterCommit(() -> counted("in_portal", "sent"));
        JavaMailSender sender = mailEnabled ? mail.getIfAvailable() : null;
        if (sender == null) {
            return;
        }
        people.summary(personId)
                .ifPresent(to -> afterCommit(() -> send(sender, personId, to.email(), messageKey, args)));
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

    private void send(JavaMailSender sender, long personId, String to, String messageKey, List<String> args) {
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(mailText.subject());
            message.setText(mailText.body(messageKey, args));
            sender.send(message);
            counted("email", "sent");
        } catch (MailException e) {
            // The note is in the portal anyway; a mail server hiccup must not undo a booking. The person by id:
            // logs carry no e-mail addresses.
            log.warn("Could not send notification mail to person {}: {}", personId, withoutAddresses(e.getMessage()));
            counted("email", "failed");
        }
    }

    /** A mail server's answer often quotes the recipient ("550 <ann@example.org>: no such user"): not in the log. */
    static String withoutAddresses(String message) {
        return message == null ? null : EMAIL_ADDRESS.matcher(message).replaceAll("<address>");
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

    /** Texts of the e-mails, from the same translation files as the UI (default language). */
    @Component
    static class MailText {
        private final ResourceBundle bundle;

        MailText() {
            this.bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT);
        }

        String subject() {
            return bundle.getString("app.name");
        }

        /**
         * The plain-text body; each value (a name, a topic) on one line ({@link SafeText#singleLine}), so a value
         * stored before single-line fields were enforced cannot add lines of its own to the e-mail.
         */
        String body(String key, List<String> args) {
            String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
            return new MessageFormat(pattern, Locale.ENGLISH)
                    .format(args.stream().map(SafeText::singleLine).toArray());
        }
    }
}
