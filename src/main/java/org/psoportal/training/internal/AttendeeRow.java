package org.psoportal.training.internal;

/** One registration as the session's expert (or the head) sees it. */
public record AttendeeRow(
        long personId,
        String name,
        String email,
        String projectLabel,
        RegistrationStatus status,
        int waitPosition,
        Boolean attended) {}
