package org.psoportal.security;

import org.psoportal.security.internal.ActiveSessions;
import org.psoportal.shared.cluster.CrossInstanceEvent;

/**
 * Published (by the people module, inside its transaction) when what a person may do or how they sign in has
 * changed. After the change commits, {@link ActiveSessions} ends that person's other open sessions, so that the
 * change holds from their next request on; the session that made a change to its own person is kept.
 */
public record AccessChanged(long personId, Reason reason) implements CrossInstanceEvent {

    public enum Reason {
        /** Roles added or removed. */
        ROLES_CHANGED,
        /** The head set a new password for the person. */
        PASSWORD_RESET,
        /** The person changed their own password (the head editing their own record). */
        OWN_PASSWORD_CHANGED,
        /** The person can no longer sign in: every session ends, none is kept. */
        DEACTIVATED
    }
}
