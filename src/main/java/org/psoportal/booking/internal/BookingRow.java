package org.psoportal.booking.internal;

import java.time.Instant;

/** A booking as lists and dialogs show it, with names resolved. */
public record BookingRow(
        long id,
        long expertId,
        String expertName,
        long bookedById,
        String bookerName,
        long projectId,
        String projectLabel,
        Instant start,
        Instant end,
        String topic,
        String notes,
        BookingStatus status,
        String cancelledByName,
        Instant cancelledAt,
        String cancelReason,
        long version) {

    public TimeRange time() {
        return new TimeRange(start, end);
    }
}
