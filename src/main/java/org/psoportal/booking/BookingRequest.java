package org.psoportal.booking;

import java.time.Instant;

/** What the booking dialog sends: the booker is always the signed-in person. */
public record BookingRequest(long expertId, long projectId, Instant start, Instant end, String topic, String notes) {}
