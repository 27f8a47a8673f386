/**
 * Booking experts: the booking rules, conflict-free booking under a row lock, the week calendar, the expert
 * directory with each expert's next free slot, repeating bookings, "any expert with this skill", iCalendar feeds.
 * Publishes {@link org.psoportal.booking.BookingsChanged} after committed changes. Owns {@code booking},
 * {@code booking_series}, {@code booking_refusal} and {@code calendar_feed_token}.
 */
@ApplicationModule(displayName = "Booking")
package org.psoportal.booking;

import org.springframework.modulith.ApplicationModule;
