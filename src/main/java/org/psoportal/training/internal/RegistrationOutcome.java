package org.psoportal.training.internal;

/** What a registration got: a seat, or a place on the waitlist (1 = next in line). */
public record RegistrationOutcome(RegistrationStatus status, int waitPosition) {}
