package org.psoportal.booking;

import java.time.Instant;
import java.util.List;

/**
 * Events of other modules that belong in a person's calendar feed beside their bookings (training sessions they
 * teach or hold a seat at). Booking owns the feed; the modules that own such events implement this, so booking
 * depends on none of them.
 */
public interface CalendarEntries {

    /** The signed-in person's events that end after {@code since}. */
    List<Entry> mine(Instant since);

    /**
     * One event: {@code uid} stable per event (calendar apps update it in place, {@code sequence} tells them it
     * changed); {@code cancelled} events stay in the feed as CANCELLED so apps remove them.
     */
    record Entry(
            String uid,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            boolean cancelled,
            int sequence) {}
}
