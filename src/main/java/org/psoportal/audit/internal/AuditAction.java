package org.psoportal.audit.internal;

/** The actions the trail records; stored by name (the view translates {@code audit.action.NAME}). */
public enum AuditAction {
    SIGNED_IN,
    SIGNED_OUT,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    FAILED,
    REFUSED,
    CREATED,
    UPDATED,
    DELETED;

    /**
     * The action on a part of an object (a task's comment, checklist item or attachment), e.g. COMMENT_ADDED:
     * the entry names the task, the action says what happened to which part.
     */
    static String onPart(String part, AuditAction action) {
        return part + "_"
                + switch (action) {
                    case CREATED -> "ADDED";
                    case DELETED -> "REMOVED";
                    default -> "CHANGED";
                };
    }
}
