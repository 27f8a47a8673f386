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
    OVER_LIMIT
}
