package org.psoportal.servicelevels.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.psoportal.admintasks.CardClock;
import org.psoportal.notifications.NotificationService;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass of the service-level job: tells the assignee of each running clock, once per clock, when it falls at
 * risk and when it breaches ({@link CardClock#toneOf}). Each note is written in the transaction that marks it sent
 * with a conditional UPDATE, so two runs racing (two threads, two instances whose locks overlap) send it once. A clock
 * found breached before its at-risk note went out gets the breach note only. An unassigned clock waits: its note goes
 * to whoever is assigned later.
 */
@Component
public class ServiceLevelAlertRun {

    /** Where a note leads: the board with the card open. */
    static final String LINK = "board?task=";

    private static final Logger log = LoggerFactory.getLogger(ServiceLevelAlertRun.class);

    private final ClockRepository clocks;
    private final CalendarStore calendars;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;

    ServiceLevelAlertRun(
            ClockRepository clocks,
            CalendarStore calendars,
            NotificationService notifications,
            PlatformTransactionManager transactions) {
        this.clocks = clocks;
        this.calendars = calendars;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Sends the notes due at {@code now}; returns how many this run sent. */
    public int run(Instant now) {
        WorkingCalendar calendar = calendars.current().working();
        List<ClockRow> watched = clocks.runningToWatch();
        int sent = 0;
        for (ClockRow row : watched) {
            if (row.assigneeId() == null) {
                continue;
            }
            CardClock.Tone tone = row.card(calendar, now).tone();
            try {
                // the portal tells the assignee on their own behalf, as reminders do: no roles
                Integer n = SecurityContexts.callAs(
                        asRecipient(row.assigneeId()), () -> transactions.execute(tx -> note(row, tone, now)));
                sent += n == null ? 0 : n;
            } catch (RuntimeException e) {
                // not marked: the next run tries again
                log.warn("Service-level note for task {} could not be sent; will retry", row.taskId(), e);
            }
        }
        return sent;
    }

    private static UsernamePasswordAuthenticationToken asRecipient(long personId) {
        PortalUser recipient = new PortalUser(personId, "", "", "", true, Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(recipient, null, Set.of());
    }

    private int note(ClockRow row, CardClock.Tone tone, Instant now) {
        String title = row.title() == null ? "#" + row.taskId() : row.title();
        List<String> args = List.of(title, String.valueOf(row.taskId()));
        String link = LINK + row.taskId();
        if (tone == CardClock.Tone.BREACHED) {
            boolean first = clocks.markBreached(row.taskId(), now);
            clocks.markAtRisk(row.taskId(), now); // too late for that one
            if (first) {
                notifications.notify(row.assigneeId(), "servicelevels.note.breached", args, link);
                return 1;
            }
        } else if (tone == CardClock.Tone.AT_RISK && clocks.markAtRisk(row.taskId(), now)) {
            notifications.notify(row.assigneeId(), "servicelevels.note.atRisk", args, link);
            return 1;
        }
        return 0;
    }
}
