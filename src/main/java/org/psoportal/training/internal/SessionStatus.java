package org.psoportal.training.internal;

/** A session takes place (SCHEDULED) or was called off (CANCELLED: its registrations were told, its time freed). */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED
}
