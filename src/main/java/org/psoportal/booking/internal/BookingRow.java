package org.psoportal.booking.internal;

import java.time.Instant;

/** A booking as lists and dialogs show it, with names resolved; {@code repetition} is its series' (or null). */
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
        long version,
        Long seriesId,
        Repetition repetition) {

    /** A booking that is no occurrence of a series. */
    public BookingRow(
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
        this(
                id,
                expertId,
                expertName,
                bookedById,
                bookerName,
                projectId,
                projectLabel,
                start,
                end,
                topic,
                notes,
                status,
                cancelledByName,
                cancelledAt,
                cancelReason,
                version,
                null,
                null);
    }

    /** True when the booking is an occurrence of a repeating booking. */
    public boolean inSeries() {
        return seriesId != null;
    }

    public TimeRange time() {
        return new TimeRange(start, end);
    }
}
