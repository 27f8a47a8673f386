package org.psoportal.booking.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.psoportal.experts.BookingsInTimeOff;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the experts module's question which bookings time off would fall on, from the bookings this module owns.
 * Who may ask about which expert is checked by the caller ({@code ExpertService#bookingsInTimeOff}).
 */
@Component
class BookingsInExpertTimeOff implements BookingsInTimeOff {

    private final BookingRepository bookings;
    private final PersonService people;
    private final ZoneId zone;

    BookingsInExpertTimeOff(BookingRepository bookings, PersonService people, ZoneId zone) {
        this.bookings = bookings;
        this.people = people;
        this.zone = zone;
    }

    @Override
    @PreAuthorize(Access.EXPERTS_AND_HEAD)
    @Transactional(readOnly = true)
    public List<BookingInTimeOff> bookingsOn(long expertId, LocalDate first, LocalDate last) {
        // whole days in the portal's zone: from the start of the first day to the start of the day after the last
        List<Booking> holding = bookings.holding(
                expertId,
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        Map<Long, PersonSummary> bookers =
                people.summaries(holding.stream().map(Booking::getBookedById).collect(Collectors.toSet()));
        return holding.stream()
                .map(b -> new BookingInTimeOff(
                        b.getId(),
                        b.getStartAt(),
                        b.getEndAt(),
                        bookers.containsKey(b.getBookedById())
                                ? bookers.get(b.getBookedById()).fullName()
                                : "#" + b.getBookedById(),
                        b.getStatus() == BookingStatus.CONFIRMED))
                .toList();
    }
}
