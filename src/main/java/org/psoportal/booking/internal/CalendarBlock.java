package org.psoportal.booking.internal;

/**
 * A booking in an expert's week calendar. Without {@code details} the viewer may only know the time is taken:
 * topic, booker and project are then null (they never leave the service). A hold of the expert's time (a training
 * session) has no details but a public {@code topic}: the session's title.
 */
public record CalendarBlock(
        long id,
        TimeRange time,
        BookingStatus status,
        boolean details,
        String topic,
        String bookerName,
        String projectLabel) {}
