package org.psoportal.notifications;

/**
 * What a note is about, as a person chooses among them on the notification settings page: in-portal notes are always
 * written, e-mail is on or off per kind, and with the daily digest the kinds that can wait a day go in one e-mail.
 * Callers pass the kind to {@link NotificationService#notify(NotificationKind, long, String, java.util.List, String)}.
 */
public enum NotificationKind {
    /** A task was assigned to me (admintasks). */
    TASK_ASSIGNED(true),
    /** My requests, and tasks I watch, were assigned, moved, done or reopened (admintasks). */
    TASK_PROGRESS(true),
    /** Comments on tasks I requested, am assigned to or watch (admintasks). */
    TASK_COMMENTS(true),
    /** A question about my request, the requester's answer on my task (admintasks). */
    TASK_QUESTIONS(true),
    /** A task of mine falls at risk of or breaches its service level (servicelevels). */
    SERVICE_LEVEL(true),
    /** My tasks due tomorrow or overdue (admintasks). */
    TASK_DUE(true),
    /** Bookings made, approved, declined, moved or cancelled by the other party (booking). */
    BOOKINGS(true),
    /** Training sessions: seats, waitlist, changes, messages from the expert (training). */
    TRAINING(true),
    /** Reminders before a booking or a session (reminders): no use a day late, so never in the digest. */
    APPOINTMENT_REMINDERS(false);

    private final boolean digestible;

    NotificationKind(boolean digestible) {
        this.digestible = digestible;
    }

    /** Whether the daily digest may collect it (false: its e-mail goes out at once even with the digest on). */
    public boolean digestible() {
        return digestible;
    }

    /** The translation key of the kind's name on the settings page. */
    public String labelKey() {
        return "notifications.kind." + name();
    }
}
