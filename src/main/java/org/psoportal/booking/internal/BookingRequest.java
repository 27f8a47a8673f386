package org.psoportal.booking.internal;

import java.time.Instant;

/**
 * What the booking dialog sends: the booker is always the signed-in person. {@code skill} is the expert's skill the
 * booking is for (one of their skills, or null when not said); the dashboard counts demand per skill from it.
 */
public record BookingRequest(
        long expertId, long projectId, Instant start, Instant end, String topic, String notes, String skill) {

    /** A booking that does not say which skill it is for. */
    public BookingRequest(long expertId, long projectId, Instant start, Instant end, String topic, String notes) {
        this(expertId, projectId, start, end, topic, notes, null);
    }
}
