package org.psoportal.training.internal;

/** A person's place at a session: a seat, a place on the waitlist, or neither any more. */
public enum RegistrationStatus {
    SEATED,
    WAITLISTED,
    CANCELLED;

    public boolean active() {
        return this != CANCELLED;
    }

    public String labelKey() {
        return "training.registration." + name();
    }
}
