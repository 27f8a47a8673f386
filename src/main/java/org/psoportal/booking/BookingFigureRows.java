package org.psoportal.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.psoportal.booking.internal.BookingStatus;

/** The rows {@link BookingFigureQueries} publishes: plain projections of aggregate queries over the bookings. */
public final class BookingFigureRows {

    private BookingFigureRows() {}

    /** Hours an expert is booked for in the week starting {@code weekStart}. */
    public record BookedHours(long expertId, LocalDate weekStart, double hours) implements Serializable {}

    public record ProjectHours(long projectId, String projectCode, double hours) implements Serializable {}

    /** Refused booking attempts per skill and expert; either may be null. */
    public record UnmetDemand(String skill, Long expertId, String expertName, long refusals) implements Serializable {}

    public record BookingRow(
            long bookingId,
            long expertId,
            String expertName,
            String projectCode,
            String bookedByName,
            ZonedDateTime start,
            ZonedDateTime end,
            String topic,
            String status)
            implements Serializable {}

    /** The translation key of a status code in these rows, as the booking views show it. */
    public static String statusLabelKey(String status) {
        return BookingStatus.valueOf(status).labelKey();
    }
}
