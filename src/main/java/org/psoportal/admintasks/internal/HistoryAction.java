package org.psoportal.admintasks.internal;

/** What a history entry records. */
public enum HistoryAction {
    CREATED,
    EDITED,
    MOVED,
    ASSIGNED,
    ARCHIVED,
    RESTORED,
    COMMENTED,
    CHECKLIST,
    ATTACHED,
    OVER_LIMIT,
    /** A question to the requester (the card went to Waiting). */
    ASKED,
    /** The requester's answer (the card went back). */
    ANSWERED
}
