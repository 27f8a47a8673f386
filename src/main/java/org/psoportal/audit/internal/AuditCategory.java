package org.psoportal.audit.internal;

/** What an audit entry is about: a sign-in, a refused access, or a change to one of the recorded objects. */
public enum AuditCategory {
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCESS_REFUSED,
    TASK,
    BOOKING,
    PERSON,
    PROJECT
}
