package org.psoportal.experts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The bookings that time off would fall on. Declared here for the profile editor and answered by the booking module,
 * which owns the bookings: booking depends on experts, so experts must not ask booking directly.
 */
public interface BookingsInTimeOff {

    /** The expert's bookings that hold time (requested or confirmed) on the days first..last, earliest first. */
    List<BookingInTimeOff> bookingsOn(long expertId, LocalDate first, LocalDate last);

    /** One such booking, as the warning names it. */
    record BookingInTimeOff(long bookingId, Instant start, Instant end, String bookedBy, boolean confirmed) {}
}
