package org.psoportal.booking.internal;

import java.time.Instant;

/**
 * One chosen occurrence of a series broke a rule when the series was booked, so nothing of it was booked. The
 * message is the rule's; {@link #occurrence()} says which time, for the dialog to name its date.
 */
public class SeriesOccurrenceRefusedException extends BookingRefusedException {

    private final Instant occurrence;

    SeriesOccurrenceRefusedException(Instant occurrence, BookingRefusedException refusal) {
        super(refusal.rule(), refusal.args());
        this.occurrence = occurrence;
    }

    public Instant occurrence() {
        return occurrence;
    }
}
