package org.psoportal.booking.internal;

/**
 * A booking in an expert's week calendar. Without {@code details} the viewer may only know the time is taken:
 * topic, booker and project are then null (they never leave the service).
 */
public record CalendarBlock(
        long id,
        TimeRange time,
        BookingStatus status,
        boolean details,
        String topic,
        String bookerName,
        String projectLabel) {}
