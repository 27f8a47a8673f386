package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.NotificationService;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Repeating bookings: preview, booking exactly the chosen occurrences, the race, approval and cancelling. */
@IntegrationTest
class BookingSeriesTest {

    static final String STAFF = BookingServiceTest.STAFF;
    static final String OTHER_STAFF = BookingServiceTest.OTHER_STAFF;

    @Autowired
    BookingService bookings;

    @Autowired
    NotificationService notifications;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    private BookingRequest request(long expert, Instant start, int minutes) {
        return new BookingRequest(
                expert, fixture.activeProjectId(), start, start.plusSeconds(minutes * 60L), "Weekly review", null);
    }

    private static List<Instant> starts(List<SeriesOccurrence> occurrences) {
        return occurrences.stream().map(o -> o.time().start()).toList();
    }

    private void timeOff(long expert, Instant day) {
        LocalDate d = LocalDate.ofInstant(day, zone);
        jdbc.update(
                "INSERT INTO expert_time_off (expert_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Holiday')",
                expert,
                d,
                d);
    }

    private long holdingBookings(long expert) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND status IN ('REQUESTED', 'CONFIRMED')",
                Long.class,
                expert);
    }

    private String expertEmail(long id) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, id);
    }

    @Test
    void anOccurrenceInTimeOffIsPreviewedRefusedByThatRuleAndTheFreeOnesAreBookedExactly() {
        long expert = fixture.newExpert(0);
        Instant first = fixture.at(3, 10, 0);
        timeOff(expert, first.plus(java.time.Duration.ofDays(7)));
        BookingRequest r = request(expert, first, 60);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 4);

        List<SeriesOccurrence> preview = fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan));
        assertThat(preview).hasSize(4);
        assertThat(preview)
                .extracting(SeriesOccurrence::refusedBy)
                .containsExactly(null, BookingRule.TIME_OFF, null, null);

        List<Instant> free =
                starts(preview.stream().filter(SeriesOccurrence::free).toList());
        SeriesSummary made = fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, free));
        assertThat(made.repetition()).isEqualTo(Repetition.WEEKLY);
        assertThat(made.occurrences()).extracting(BookingRow::start).containsExactlyElementsOf(free);
        assertThat(made.occurrences()).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(BookingStatus.CONFIRMED);
            assertThat(o.seriesId()).isEqualTo(made.seriesId());
        });
        assertThat(holdingBookings(expert)).isEqualTo(3);
        assertThat(fixture.runAs(expertEmail(expert), () -> notifications.mine()))
                .as("one notification for the series, naming it")
                .singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.booking.series.made"))
                .satisfies(n -> assertThat(n.args()[1].toString()).startsWith("weekly, 3 times from "));
    }

    @Test
    void choosingAnOccurrenceInTimeOffBooksNothingAndNamesTheOccurrenceAndRule() {
        long expert = fixture.newExpert(0);
        Instant first = fixture.at(4, 9, 0);
        Instant second = first.plus(java.time.Duration.ofDays(14));
        timeOff(expert, second);
        BookingRequest r = request(expert, first, 30);
        SeriesPlan plan = SeriesPlan.times(Repetition.EVERY_TWO_WEEKS, 3);
        List<Instant> all = starts(fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan)));
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, all)))
                .isInstanceOfSatisfying(SeriesOccurrenceRefusedException.class, e -> {
                    assertThat(e.occurrence()).isEqualTo(second);
                    assertThat(e.rule()).isEqualTo(BookingRule.TIME_OFF);
                });
        assertThat(holdingBookings(expert)).as("nothing half-saved").isZero();
    }

    @Test
    void anOccurrenceTakenBetweenPreviewAndConfirmBooksNoneAndSaysWhich() {
        long expert = fixture.newExpert(0);
        Instant first = fixture.at(5, 14, 0);
        BookingRequest r = request(expert, first, 60);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 3);
        List<SeriesOccurrence> preview = fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan));
        assertThat(preview).allMatch(SeriesOccurrence::free);
        Instant third = preview.get(2).time().start();
        fixture.runAs(OTHER_STAFF, () -> bookings.book(request(expert, third.plusSeconds(1800), 60)));

        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, starts(preview))))
                .isInstanceOfSatisfying(SeriesOccurrenceRefusedException.class, e -> {
                    assertThat(e.occurrence()).isEqualTo(third);
                    assertThat(e.rule()).isEqualTo(BookingRule.NO_OVERLAP);
                });
        assertThat(holdingBookings(expert))
                .as("only the other person's booking")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND series_id IS NOT NULL",
                        Long.class,
                        expert))
                .isZero();
    }

    @Test
    void timesThatAreNotOccurrencesOfTheSeriesAreRefused() {
        long expert = fixture.newExpert(0);
        BookingRequest r = request(expert, fixture.at(3, 10, 0), 60);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 2);
        assertThatThrownBy(() ->
                        fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, List.of(fixture.at(4, 10, 0)))))
                .isInstanceOfSatisfying(
                        org.psoportal.shared.UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.series.noneChosen"));
        assertThatThrownBy(() -> fixture.runAs(
                        STAFF, () -> bookings.bookSeries(r, plan, List.of(fixture.at(3, 10, 0), fixture.at(4, 10, 0)))))
                .isInstanceOfSatisfying(
                        org.psoportal.shared.UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.series.notAnOccurrence"));
        assertThat(holdingBookings(expert)).isZero();
    }

    @Test
    void theExpertsApprovalOfOneOccurrenceCoversTheSeries() {
        long expert = fixture.newExpert(0);
        jdbc.update("UPDATE expert_profile SET requires_approval = TRUE WHERE person_id = ?", expert);
        BookingRequest r = new BookingRequest(
                expert,
                fixture.activeProjectId(),
                fixture.at(3, 15, 0),
                fixture.at(3, 15, 30),
                "Approval " + expert,
                null);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 3);
        List<Instant> all = starts(fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan)));
        SeriesSummary made = fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, all));
        assertThat(made.occurrences()).allMatch(o -> o.status() == BookingStatus.REQUESTED);

        assertThatThrownBy(() -> fixture.runAs(
                        OTHER_STAFF,
                        () -> bookings.approve(made.occurrences().get(1).id())))
                .as("only the expert or the head approve")
                .isInstanceOf(AccessDeniedException.class);
        fixture.runAs(
                expertEmail(expert),
                () -> bookings.approve(made.occurrences().get(1).id()));

        SeriesSummary after = fixture.runAs(
                        STAFF,
                        () -> bookings.series(made.occurrences().getFirst().id()))
                .orElseThrow();
        assertThat(after.occurrences()).extracting(BookingRow::status).containsOnly(BookingStatus.CONFIRMED);
        assertThat(fixture.runAs(STAFF, () -> notifications.mine()))
                .filteredOn(n -> List.of(n.args()).contains("Approval " + expert))
                .as("one notification for the series, not one per occurrence")
                .singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.booking.series.approved"))
                .satisfies(n -> assertThat(n.args()[1].toString()).startsWith("weekly, 3 times from "));
    }

    @Test
    void cancelThisAndTheFollowingOnesLeavesTheEarlierOnes() {
        long expert = fixture.newExpert(0);
        BookingRequest r = request(expert, fixture.at(2, 11, 0), 60);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 4);
        List<Instant> all = starts(fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan)));
        SeriesSummary made = fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, all));
        long second = made.occurrences().get(1).id();

        assertThatThrownBy(() -> fixture.runAs(OTHER_STAFF, () -> bookings.cancelFollowing(second, "not mine")))
                .as("only the booker, the expert or the head cancel")
                .isInstanceOf(AccessDeniedException.class);
        List<BookingRow> cancelled = fixture.runAs(STAFF, () -> bookings.cancelFollowing(second, "Project ends"));
        assertThat(cancelled).extracting(BookingRow::start).containsExactlyElementsOf(all.subList(1, 4));

        SeriesSummary after =
                fixture.runAs(STAFF, () -> bookings.series(second)).orElseThrow();
        assertThat(after.occurrences())
                .extracting(BookingRow::status)
                .containsExactly(
                        BookingStatus.CONFIRMED,
                        BookingStatus.CANCELLED,
                        BookingStatus.CANCELLED,
                        BookingStatus.CANCELLED);
        assertThat(after.occurrences().get(3).cancelReason()).isEqualTo("Project ends");
        assertThat(fixture.runAs(expertEmail(expert), () -> notifications.mine()))
                .filteredOn(n -> n.messageKey().equals("notify.booking.series.cancelled"))
                .singleElement()
                .satisfies(n -> assertThat(n.args()[1].toString()).startsWith("weekly, 3 times from "));

        // this occurrence alone: the existing cancel
        fixture.runAs(
                expertEmail(expert),
                () -> bookings.cancel(made.occurrences().getFirst().id(), null));
        assertThat(holdingBookings(expert)).isZero();
    }

    @Test
    void anOccurrenceIsMovedAloneAndStaysInTheSeries() {
        long expert = fixture.newExpert(0);
        BookingRequest r = request(expert, fixture.at(3, 9, 0), 60);
        SeriesPlan plan = SeriesPlan.times(Repetition.WEEKLY, 2);
        List<Instant> all = starts(fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan)));
        SeriesSummary made = fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, all));
        BookingRow second = made.occurrences().get(1);
        BookingRow moved = fixture.runAs(
                STAFF,
                () -> bookings.reschedule(
                        second.id(),
                        new TimeRange(
                                second.start().plusSeconds(3600), second.end().plusSeconds(3600))));
        assertThat(moved.seriesId()).isEqualTo(made.seriesId());
        assertThat(fixture.runAs(
                                STAFF,
                                () -> bookings.details(
                                        made.occurrences().getFirst().id()))
                        .start())
                .isEqualTo(all.getFirst());
    }

    @Test
    void onlyTheBookerTheExpertOrTheHeadSeeAndCancelASeriesAndOnlyTheExpertOrTheHeadDecide() {
        long expert = fixture.newExpert(0);
        long anotherExpert = fixture.newExpert(0);
        jdbc.update("UPDATE expert_profile SET requires_approval = TRUE WHERE person_id = ?", expert);
        BookingRequest r = request(expert, fixture.at(6, 16, 0), 30);
        SeriesPlan plan = SeriesPlan.times(Repetition.MONTHLY, 2);
        List<Instant> all = starts(fixture.runAs(STAFF, () -> bookings.previewSeries(r, plan)));
        SeriesSummary made = fixture.runAs(STAFF, () -> bookings.bookSeries(r, plan, all));
        long first = made.occurrences().getFirst().id();

        assertThatThrownBy(() -> fixture.runAs(OTHER_STAFF, () -> bookings.series(first)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(expertEmail(anotherExpert), () -> bookings.approve(first)))
                .as("another expert")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(expertEmail(anotherExpert), () -> bookings.cancelFollowing(first, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.approve(first)))
                .as("the booker does not approve their own request")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(holdingBookings(expert)).isEqualTo(2);
        assertThat(fixture.runAs(expertEmail(expert), () -> bookings.series(first)))
                .hasValueSatisfying(
                        sr -> assertThat(sr.occurrences()).allMatch(o -> o.status() == BookingStatus.REQUESTED));

        assertThat(fixture.runAs("head@pso.example", () -> bookings.cancelFollowing(first, "Reorganised")))
                .hasSize(2)
                .allMatch(o -> o.status() == BookingStatus.CANCELLED);
    }
}
