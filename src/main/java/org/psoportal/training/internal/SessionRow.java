package org.psoportal.training.internal;

import java.time.Instant;
import java.util.List;

/**
 * What the Sessions page shows of a session, seen by one person: seats taken and the waitlist's length, and that
 * person's own place ({@code myStatus} null when none; {@code myWaitPosition} 1 for the first waiting), whether
 * they may manage it (its expert or the head), whether they teach it, and whether it has started (by the portal's
 * clock).
 */
public record SessionRow(
        long id,
        Long seriesId,
        long expertId,
        String expertName,
        String title,
        String skill,
        String description,
        Instant start,
        Instant end,
        String place,
        String meetingLink,
        int seats,
        int seated,
        int waitlisted,
        Instant deadline,
        Audience audience,
        List<String> projectLabels,
        List<Long> projectIds,
        SessionStatus status,
        RegistrationStatus myStatus,
        int myWaitPosition,
        boolean mayManage,
        boolean teaching,
        boolean started,
        long version) {

    public int seatsLeft() {
        return Math.max(0, seats - seated);
    }

    public boolean full() {
        return seated >= seats;
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
