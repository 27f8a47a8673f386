package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.experts.BookingsInTimeOff.BookingInTimeOff;
import org.psoportal.experts.ExpertService;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The booking module answers the experts module's question which bookings time off would fall on. */
@IntegrationTest
class BookingsInExpertTimeOffTest {

    static final String STAFF = "staff@pso.example";
    static final String HEAD = "head@pso.example";

    @Autowired
    BookingService bookings;

    @Autowired
    ExpertService experts;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    private BookingRow book(long expert, int daysAhead, int hour) {
        return fixture.runAs(
                STAFF,
                () -> bookings.book(new BookingRequest(
                        expert,
                        fixture.activeProjectId(),
                        fixture.at(daysAhead, hour, 0),
                        fixture.at(daysAhead, hour + 1, 0),
                        "Time off test",
                        null)));
    }

    private List<BookingInTimeOff> asHead(long expert, int firstDaysAhead, int lastDaysAhead) {
        LocalDate today = LocalDate.now(zone);
        return fixture.runAs(
                HEAD,
                () -> experts.bookingsInTimeOff(expert, today.plusDays(firstDaysAhead), today.plusDays(lastDaysAhead)));
    }

    @Test
    void namesTheBookingsThatHoldTimeOnTheDaysWithTheirBooker() {
        long expert = fixture.newExpert(0);
        BookingRow onFirstDay = book(expert, 3, 7);
        BookingRow onLastDay = book(expert, 4, 19);
        BookingRow cancelled = book(expert, 4, 10);
        fixture.runAs(STAFF, () -> bookings.cancel(cancelled.id(), "not needed"));
        book(expert, 2, 19); // the evening before
        book(expert, 5, 7); // the morning after

        List<BookingInTimeOff> found = asHead(expert, 3, 4);

        String staffName = jdbc.queryForObject("SELECT full_name FROM person WHERE email = ?", String.class, STAFF);
        assertThat(found)
                .containsExactly(
                        new BookingInTimeOff(
                                onFirstDay.id(), fixture.at(3, 7, 0), fixture.at(3, 8, 0), staffName, true),
                        new BookingInTimeOff(
                                onLastDay.id(), fixture.at(4, 19, 0), fixture.at(4, 20, 0), staffName, true));
        assertThat(asHead(expert, 6, 9)).isEmpty();
    }

    @Test
    void anExpertMayNotAskAboutAnotherExpertsBookings() {
        long expert = fixture.newExpert(0);
        book(expert, 3, 10);
        LocalDate day = LocalDate.now(zone).plusDays(3);

        assertThatThrownBy(() -> fixture.runAs("expert@pso.example", () -> experts.bookingsInTimeOff(expert, day, day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> experts.bookingsInTimeOff(expert, day, day)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
