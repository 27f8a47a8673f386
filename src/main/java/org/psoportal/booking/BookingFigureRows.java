package org.psoportal.booking;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The rows {@link BookingFigureQueries} publishes: plain projections of aggregate queries over the bookings. */
public final class BookingFigureRows {

    private BookingFigureRows() {}

    public record Utilisation(
            long expertId, String expertName, LocalDate weekStart, double bookedHours, double availableHours)
            implements Serializable {
        /** Booked share of available hours in percent; 0 when nothing is available. */
        public double percent() {
            return availableHours <= 0 ? 0 : Math.round(bookedHours / availableHours * 1000) / 10.0;
        }
    }

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
}
