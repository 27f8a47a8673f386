package org.psoportal.notifications.internal;

import java.util.EnumSet;
import java.util.Set;
import org.psoportal.notifications.NotificationKind;

/**
 * A person's notification choices: the kinds they want no e-mail for, and whether the e-mails of the kinds that can
 * wait come once a day in a digest. In-portal notes are always written.
 */
public record NotificationPreferences(Set<NotificationKind> emailOff, boolean digest) {

    /** Everyone without a choice: e-mail for every kind, one by one. */
    public static final NotificationPreferences DEFAULTS = new NotificationPreferences(Set.of(), false);

    public NotificationPreferences {
        emailOff = emailOff == null || emailOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emailOff));
    }

    /** Whether a note of this kind goes out by e-mail (a note without a kind: yes, as before kinds existed). */
    public boolean emailFor(NotificationKind kind) {
        return kind == null || !emailOff.contains(kind);
    }

    /** Whether a note of this kind waits for the daily digest instead of an e-mail of its own. */
    public boolean inDigest(NotificationKind kind) {
        return digest && kind != null && kind.digestible() && emailFor(kind);
    }
}
