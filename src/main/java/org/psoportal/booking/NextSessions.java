package org.psoportal.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Each expert's next training session, for the expert directory's cards. Booking owns the directory; the training
 * module implements this (booking depends on no module that depends on it).
 */
public interface NextSessions {

    /** For each of the experts that has one, their next scheduled session (one query for all). */
    Map<Long, Upcoming> nextOf(Collection<Long> expertIds);

    /** A session as the directory links to it. */
    record Upcoming(long sessionId, String title, Instant start) {}
}
