package org.psoportal.admintasks.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.NotificationService;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Due reminders: each open task due tomorrow, today or overdue is reminded of to its assignee once a day. An unassigned
 * task is reminded of to nobody: the requester cannot act on it, and the office sees its unassigned and overdue
 * cards on the board ({@code assignee=none}, {@code overdue=true}) and the head on the dashboard.
 *
 * <p>Each reminder is sent in a transaction of its own: first the {@code admin_task_due_reminder} row, then the note.
 * When another run (another thread, another instance) has sent or is sending the same reminder, the insert fails on
 * the unique key (task, person, day) and nothing is sent.
 */
@Component
public class TaskDueReminders {

    private static final Logger log = LoggerFactory.getLogger(TaskDueReminders.class);

    private final JdbcTemplate jdbc;
    private final NotificationService notifications;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final DateTimeFormatter day;

    TaskDueReminders(
            JdbcTemplate jdbc, NotificationService notifications, TransactionTemplate tx, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
        this.day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).withZone(zone);
    }

    record Due(long taskId, String title, long assigneeId, LocalDate dueDate) {}

    /** Sends today's due reminders (tasks due tomorrow, overdue ones); returns how many this run sent. */
    public int run(LocalDate today) {
        jdbc.update("DELETE FROM admin_task_due_reminder WHERE day < ?", Date.valueOf(today.minusDays(7)));
        List<Due> due = jdbc.query(
                """
                SELECT t.id, t.title, t.assignee_id, t.due_date FROM admin_task t
                WHERE t.completed_at IS NULL AND t.archived_at IS NULL AND t.assignee_id IS NOT NULL
                  AND t.due_date <= ?
                  AND NOT EXISTS (SELECT 1 FROM admin_task_due_reminder r
                                  WHERE r.task_id = t.id AND r.person_id = t.assignee_id AND r.day = ?)
                ORDER BY t.due_date, t.id""",
                (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class)),
                Date.valueOf(today.plusDays(1)),
                Date.valueOf(today));
        int sent = 0;
        for (Due d : due) {
            try {
                sent += send(d, today) ? 1 : 0;
            } catch (RuntimeException e) {
                // not sent and not recorded: the next run today tries again
                log.warn(
                        "Due reminder of task {} to person {} could not be sent; will retry",
                        d.taskId(),
                        d.assigneeId(),
                        e);
            }
        }
        return sent;
    }

    /** True when this call sent the reminder, false when another run already had. */
    boolean send(Due d, LocalDate today) {
        try {
            // the portal reminds the assignee on their own behalf (as the appointment reminders do): no roles
            SecurityContexts.runAs(
                    asRecipient(d.assigneeId()),
                    () -> tx.executeWithoutResult(status -> {
                        jdbc.update(
                                "INSERT INTO admin_task_due_reminder (task_id, person_id, day, sent_at) VALUES (?, ?, ?, ?)",
                                d.taskId(),
                                d.assigneeId(),
                                Date.valueOf(today),
                                Timestamp.from(clock.instant()));
                        String key = d.dueDate().isBefore(today)
                                ? "notify.task.due.overdue"
                                : d.dueDate().isEqual(today) ? "notify.task.due.today" : "notify.task.due.tomorrow";
                        notifications.notify(
                                NotificationKind.TASK_DUE,
                                d.assigneeId(),
                                key,
                                List.of(d.title(), day.format(d.dueDate())),
                                TaskNotifier.link(d.taskId()));
                    }));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }

    private static UsernamePasswordAuthenticationToken asRecipient(long personId) {
        PortalUser recipient = new PortalUser(personId, "", "", "", true, Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(recipient, null, Set.of());
    }
}
