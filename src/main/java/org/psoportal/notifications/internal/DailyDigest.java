package org.psoportal.notifications.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest: for each person who chose it, the notes that waited for it since the last digest in one e-mail.
 * Runs once a day ({@code pso.notifications.digest-cron}, in the portal's time zone); with several instances one runs
 * ({@link SchedulerLock}), and should two runs overlap anyway, each person's notes are claimed under a row lock in a
 * transaction of their own, so the second run finds them sent and mails nothing. The e-mail goes after the commit.
 */
@Component
public class DailyDigest {

    /** The job's name in the shedlock table. */
    static final String JOB = "notification-digest";

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationRepository notifications;
    private final PersonService people;
    private final MailOut mail;
    private final TransactionTemplate tx;
    private final DateTimeFormatter when;
    private final MeterRegistry meters;

    public DailyDigest(
            NotificationRepository notifications,
            PersonService people,
            MailOut mail,
            TransactionTemplate tx,
            ZoneId zone,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.people = people;
        this.mail = mail;
        this.tx = tx;
        // the portal's one date-time format (TimeFormats.DATE_TIME_PATTERN), as the other notifiers
        this.when = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                .withZone(zone);
        this.meters = meters;
    }

    @Scheduled(cron = "${pso.notifications.digest-cron:0 0 17 * * *}", zone = "${pso.time-zone:}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
    public void tick() {
        try {
            int sent = run();
            if (sent > 0) {
                log.info("Sent {} notification digest(s)", sent);
            }
            meters.counter("pso.scheduler.runs", "job", "notification_digest", "outcome", "success")
                    .increment();
        } catch (RuntimeException e) {
            log.warn("Notification digests could not be sent; the notes wait for the next run", e);
            meters.counter("pso.scheduler.runs", "job", "notification_digest", "outcome", "failure")
                    .increment();
        }
    }

    /** Sends every waiting digest; returns how many e-mails this run sent (queued after their commits). */
    public int run() {
        int sent = 0;
        for (long personId : notifications.peopleWithDigestPending()) {
            // the portal writes to the person on their own behalf (as reminders do): no roles
            sent += Boolean.TRUE.equals(SecurityContexts.callAs(
                            asRecipient(personId), () -> tx.execute(status -> digestOf(personId))))
                    ? 1
                    : 0;
        }
        return sent;
    }

    private boolean digestOf(long personId) {
        List<Notification> pending = notifications.lockDigestPending(personId);
        if (pending.isEmpty()) {
            return false; // another run got there first
        }
        pending.forEach(Notification::digestSent);
        if (!mail.enabled()) {
            return false; // SMTP switched off since: the notes are in the portal
        }
        Optional<PersonSummary> to = people.summary(personId);
        if (to.isEmpty()) {
            return false;
        }
        String body = body(pending);
        String subject =
                mail.text().get("notifications.digest.subject", mail.text().subject(), pending.size());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mail.send(personId, to.get().email(), subject, body);
            }
        });
        return true;
    }

    private static UsernamePasswordAuthenticationToken asRecipient(long personId) {
        PortalUser recipient = new PortalUser(personId, "", "", "", true, Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(recipient, null, Set.of());
    }

    private String body(List<Notification> notes) {
        StringBuilder text = new StringBuilder(mail.text().get("notifications.digest.intro")).append("\n");
        for (Notification n : notes) {
            text.append("\n")
                    .append(when.format(n.getCreatedAt()))
                    .append("  ")
                    .append(mail.text().body(n.getMessageKey(), n.args()))
                    .append("\n");
            if (n.getLink() != null) {
                text.append("  ").append(mail.absolute(n.getLink())).append("\n");
            }
        }
        text.append("\n")
                .append(mail.text().get("notifications.digest.settings", mail.absolute("notifications/settings")));
        return text.toString();
    }
}
