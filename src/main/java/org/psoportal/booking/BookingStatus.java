package org.psoportal.booking;

/** REQUESTED and CONFIRMED bookings hold the expert's time; DECLINED and CANCELLED free it. */
public enum BookingStatus {
    REQUESTED, CONFIRMED, DECLINED, CANCELLED;

    public boolean holdsTime() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
