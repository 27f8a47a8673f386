package org.psoportal.reminders.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Set;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.NotificationService;
import org.psoportal.reminders.UpcomingAppointment;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reminder in a transaction of its own: first the {@code reminder_sent} row, then the notification. When
 * another run has sent (or is sending) the same reminder, the insert fails on the unique key (it waits for the other
 * transaction and fails once that commits) and nothing is sent; when sending fails, the row goes too and the next run
 * tries again within the grace period.
 */
@Component
class ReminderDelivery {

    private final ReminderSentRepository sent;
    private final NotificationService notifications;
    private final ReminderText text;
    private final TransactionTemplate tx;
    private final MeterRegistry meters;

    ReminderDelivery(
            ReminderSentRepository sent,
            NotificationService notifications,
            ReminderText text,
            TransactionTemplate tx,
            MeterRegistry meters) {
        this.sent = sent;
        this.notifications = notifications;
        this.text = text;
        this.tx = tx;
        this.meters = meters;
    }

    /** True when this call sent the reminder, false when another run already had. */
    boolean send(UpcomingAppointment appointment, ReminderTime time, boolean email, Instant now) {
        try {
            // The portal reminds the person on their own behalf, as the calendar feed reads as its owner: no roles.
            SecurityContexts.runAs(
                    asRecipient(appointment.personId()),
                    () -> tx.executeWithoutResult(status -> {
                        sent.saveAndFlush(new ReminderSent(ReminderKey.of(appointment, time), now));
                        notifications.notify(
                                NotificationKind.APPOINTMENT_REMINDERS,
                                appointment.personId(),
                                text.key(appointment.kind()),
                                text.args(appointment, time),
                                appointment.link(),
                                email);
                    }));
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
        // metric pso.reminders{kind} (docs/operations.md, "Metrics"): counted once committed
        meters.counter("pso.reminders", "kind", appointment.kind()).increment();
        return true;
    }

    private static UsernamePasswordAuthenticationToken asRecipient(long personId) {
        PortalUser recipient = new PortalUser(personId, "", "", "", true, Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(recipient, null, Set.of());
    }
}
