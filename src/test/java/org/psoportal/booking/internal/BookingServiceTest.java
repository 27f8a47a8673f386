package org.psoportal.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.NotificationService;
import org.psoportal.reminders.internal.ReminderPreferences;
import org.psoportal.reminders.internal.ReminderSettingsService;
import org.psoportal.reminders.internal.ReminderTime;
import org.psoportal.shared.ConcurrentChangeException;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class BookingServiceTest {

    static final String STAFF = "staff@pso.example";
    static final String OTHER_STAFF = "oliver.bennett@pso.example";

    @Autowired
    BookingService bookings;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    NotificationService notifications;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderSettingsService reminderSettings;

    private BookingRow book(String who, long expert, Instant start, int minutes) {
        return fixture.runAs(
                who,
                () -> bookings.book(new BookingRequest(
                        expert,
                        fixture.activeProjectId(),
                        start,
                        start.plusSeconds(minutes * 60L),
                        "Topic of " + who,
                        "notes")));
    }

    @Test
    void bookingIsConfirmedAndTheExpertIsNotified() {
        long expert = fixture.newExpert(15);
        BookingRow row = book(STAFF, expert, fixture.at(3, 10, 0), 60);
        assertThat(row.status()).isEqualTo(BookingStatus.CONFIRMED);
        var notes = fixture.runAs(expertEmail(expert), () -> notifications.mine());
        assertThat(notes).anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notify.booking.made"));
    }

    @Test
    void overlapIncludingBufferIsRefusedWithTheRuleName() {
        long expert = fixture.newExpert(15);
        book(STAFF, expert, fixture.at(3, 10, 0), 60);
        assertThatThrownBy(() -> book(OTHER_STAFF, expert, fixture.at(3, 11, 0), 30))
                .isInstanceOfSatisfying(
                        BookingRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.rule.noOverlap"));
        assertThat(book(OTHER_STAFF, expert, fixture.at(3, 11, 30), 30).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void staffCannotCancelOrReadAnotherPersonsBooking() {
        long expert = fixture.newExpert(0);
        BookingRow row = book(OTHER_STAFF, expert, fixture.at(4, 9, 0), 30);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.cancel(row.id(), "mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.details(row.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.approve(row.id())))
                .isInstanceOf(AccessDeniedException.class);
        // ... and sees it in the expert's calendar only as busy time.
        var week = fixture.runAs(
                STAFF,
                () -> bookings.week(
                        expert, java.time.LocalDate.ofInstant(row.start(), java.time.ZoneId.systemDefault())));
        assertThat(week.blocks())
                .filteredOn(b -> b.id() == row.id())
                .singleElement()
                .satisfies(b -> assertThat(b.details()).isFalse())
                .satisfies(b -> assertThat(b.topic()).isNull());
    }

    @Test
    void cancelRecordsWhoWhenWhyAndFreesTheTime() {
        long expert = fixture.newExpert(0);
        BookingRow row = book(STAFF, expert, fixture.at(5, 9, 0), 60);
        BookingRow cancelled = fixture.runAs(expertEmail(expert), () -> bookings.cancel(row.id(), "Ill"));
        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Ill");
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(book(OTHER_STAFF, expert, fixture.at(5, 9, 0), 60).status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> fixture.runAs(STAFF, () -> bookings.cancel(row.id(), "again")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void rescheduleIsCheckedAndIgnoresItsOwnOldTime() {
        long expert = fixture.newExpert(0);
        BookingRow first = book(STAFF, expert, fixture.at(6, 9, 0), 60);
        book(OTHER_STAFF, expert, fixture.at(6, 12, 0), 60);
        // Moving by 30 minutes overlaps only its own old time: allowed.
        BookingRow moved = fixture.runAs(
                STAFF,
                () -> bookings.reschedule(first.id(), new TimeRange(fixture.at(6, 9, 30), fixture.at(6, 10, 30))));
        assertThat(moved.start()).isEqualTo(fixture.at(6, 9, 30));
        assertThatThrownBy(() -> fixture.runAs(
                        STAFF,
                        () -> bookings.reschedule(
                                first.id(), new TimeRange(fixture.at(6, 11, 30), fixture.at(6, 12, 30)))))
                .isInstanceOf(BookingRefusedException.class);
        assertThat(fixture.runAs(STAFF, () -> bookings.details(first.id())).start())
                .isEqualTo(fixture.at(6, 9, 30));
    }

    @Test
    void refusalIsRecordedOnlyWhenNoSlotIsFreeWithinTheHorizon() {
        long expert = fixture.newExpert(0);
        book(STAFF, expert, fixture.at(2, 9, 0), 60);
        assertThatThrownBy(() -> book(OTHER_STAFF, expert, fixture.at(2, 9, 0), 60))
                .isInstanceOf(BookingRefusedException.class);
        assertThat(count("SELECT COUNT(*) FROM booking_refusal WHERE expert_id = ?", expert))
                .isZero();
        // Make the expert full: not bookable for any free slot (capacity 0 hours).
        jdbc.update("UPDATE expert_profile SET weekly_capacity_hours = 0 WHERE person_id = ?", expert);
        assertThatThrownBy(() -> book(OTHER_STAFF, expert, fixture.at(2, 9, 0), 60))
                .isInstanceOf(BookingRefusedException.class);
        assertThat(count("SELECT COUNT(*) FROM booking_refusal WHERE expert_id = ?", expert))
                .isEqualTo(1);
    }

    @Test
    void aBookingStoresTheSkillItIsForAsTheExpertSpellsIt() {
        long expert = fixture.newExpert(0);
        BookingRow row = fixture.runAs(
                STAFF,
                () -> bookings.book(new BookingRequest(
                        expert,
                        fixture.activeProjectId(),
                        fixture.at(3, 9, 0),
                        fixture.at(3, 10, 0),
                        "CRM set-up",
                        null,
                        "crm")));
        assertThat(jdbc.queryForObject("SELECT skill FROM booking WHERE id = ?", String.class, row.id()))
                .isEqualTo("CRM");
        BookingRow unsaid = book(STAFF, expert, fixture.at(3, 11, 0), 30);
        assertThat(jdbc.queryForObject("SELECT skill FROM booking WHERE id = ?", String.class, unsaid.id()))
                .isNull();
    }

    @Test
    void aSkillTheExpertDoesNotOfferIsRefused() {
        long expert = fixture.newExpert(0);
        assertThatThrownBy(() -> fixture.runAs(
                        STAFF,
                        () -> bookings.book(new BookingRequest(
                                expert,
                                fixture.activeProjectId(),
                                fixture.at(3, 9, 0),
                                fixture.at(3, 10, 0),
                                "Topic",
                                null,
                                "Cooking"))))
                .isInstanceOfSatisfying(
                        UserMessageException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("booking.skill.unknown"));
        assertThat(count("SELECT COUNT(*) FROM booking WHERE expert_id = ?", expert))
                .isZero();
    }

    @Test
    void aRefusalRecordsTheSkillThatWasAskedFor() {
        long expert = fixture.newExpert(0);
        jdbc.update("UPDATE expert_profile SET weekly_capacity_hours = 0 WHERE person_id = ?", expert);
        assertThatThrownBy(() -> fixture.runAs(
                        STAFF,
                        () -> bookings.book(new BookingRequest(
                                expert,
                                fixture.activeProjectId(),
                                fixture.at(2, 9, 0),
                                fixture.at(2, 10, 0),
                                "Topic",
                                null,
                                "Testing"))))
                .isInstanceOf(BookingRefusedException.class);
        assertThat(jdbc.queryForList("SELECT skill FROM booking_refusal WHERE expert_id = ?", String.class, expert))
                .containsExactly("Testing");
    }

    @Test
    void approvalFlow() {
        long expert = fixture.newExpert(0);
        jdbc.update("UPDATE expert_profile SET requires_approval = TRUE WHERE person_id = ?", expert);
        BookingRow row = book(STAFF, expert, fixture.at(3, 14, 0), 30);
        assertThat(row.status()).isEqualTo(BookingStatus.REQUESTED);
        BookingRow approved = fixture.runAs(expertEmail(expert), () -> bookings.approve(row.id()));
        assertThat(approved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(fixture.runAs(STAFF, () -> notifications.mine()))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notify.booking.approved"));
        assertThatThrownBy(() -> fixture.runAs(expertEmail(expert), () -> bookings.decline(row.id(), "no")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void feedListsBookingsAsExpertAndAsBookerAndParsesBack() throws Exception {
        long expert = fixture.newExpert(0);
        BookingRow row = book(STAFF, expert, fixture.at(3, 15, 0), 60);
        String token = fixture.runAs(expertEmail(expert), () -> feeds.regenerateToken());
        String ics = anonymousFeed(token, "pso.test").orElseThrow();
        assertThat(IcsWriterTest.strictProblems(ics))
                .as("the feed is valid RFC 5545")
                .isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("booking-" + row.id() + "@pso.test"))
                .findFirst()
                .orElseThrow();
        assertThat(event.getSummary().getValue()).contains("Topic of " + STAFF);
        assertThat(Instant.from(event.<Instant>getStartDate().orElseThrow().getDate()))
                .isEqualTo(row.start());
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
        // The booker's own feed holds it too.
        String staffToken = fixture.runAs(STAFF, () -> feeds.regenerateToken());
        assertThat(anonymousFeed(staffToken, "pso.test").orElseThrow()).contains("booking-" + row.id() + "@pso.test");
    }

    @Test
    void theFeedCarriesItsOwnersReminderTimesAsAlarms() throws Exception {
        long expert = fixture.newExpert(0);
        String expertEmail = expertEmail(expert);
        BookingRow row = book(STAFF, expert, fixture.at(3, 16, 0), 60);
        String token = fixture.runAs(expertEmail, () -> feeds.regenerateToken());
        assertThat(alarmsOf(anonymousFeed(token, "pso.test").orElseThrow(), row))
                .as("the defaults, 24 hours and 1 hour before")
                .containsExactly("DISPLAY -P1D", "DISPLAY -PT1H");

        fixture.runAs(
                expertEmail,
                () -> reminderSettings.saveMine(new ReminderPreferences(ReminderTime.MINUTES_30, null, true)));
        assertThat(alarmsOf(anonymousFeed(token, "pso.test").orElseThrow(), row))
                .containsExactly("DISPLAY -PT30M");

        fixture.runAs(expertEmail, () -> reminderSettings.saveMine(new ReminderPreferences(null, null, true)));
        String off = anonymousFeed(token, "pso.test").orElseThrow();
        assertThat(alarmsOf(off, row)).as("reminders switched off").isEmpty();
        assertThat(off).doesNotContain("VALARM");
    }

    /** The event's alarms as "ACTION TRIGGER", read back with ical4j. */
    private static java.util.List<String> alarmsOf(String ics, BookingRow row) throws Exception {
        assertThat(IcsWriterTest.strictProblems(ics)).isEmpty();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("booking-" + row.id() + "@pso.test"))
                .findFirst()
                .orElseThrow();
        return event.<net.fortuna.ical4j.model.component.VAlarm>getComponents(Component.VALARM).stream()
                .map(a -> a.getAction().orElseThrow().getValue() + " "
                        + a.getTrigger().orElseThrow().getValue())
                .toList();
    }

    @Test
    void feedRefusesAWrongOrReplacedToken() {
        assertThat(anonymousFeed("not-a-token", "pso.test")).isEmpty();
        String old = fixture.runAs(STAFF, () -> feeds.regenerateToken());
        String current = fixture.runAs(STAFF, () -> feeds.regenerateToken());
        assertThat(anonymousFeed(old, "pso.test")).isEmpty();
        assertThat(anonymousFeed(current, "pso.test")).isPresent();
        assertThat(count("SELECT COUNT(*) FROM calendar_feed_token WHERE token_hash = ?", current))
                .isZero();
    }

    @Test
    void theLengthsOfferedAtAStartAreThoseTheRulesAcceptThere() {
        long expert = fixture.newExpert(15);
        book(OTHER_STAFF, expert, fixture.at(3, 11, 0), 60);
        // 09:00: 30..90 minutes end by 10:30, leaving the 15-minute buffer before 11:00; 120 would not.
        assertThat(fixture.runAs(STAFF, () -> bookings.lengthsThatFit(expert, fixture.at(3, 9, 0))))
                .containsExactly(30, 60, 90);
        // 19:30: only 30 minutes fit before the end of the working day at 20:00.
        assertThat(fixture.runAs(STAFF, () -> bookings.lengthsThatFit(expert, fixture.at(3, 19, 30))))
                .containsExactly(30);
        assertThat(fixture.runAs(STAFF, () -> bookings.lengthsThatFit(expert, fixture.at(3, 11, 30))))
                .as("inside another booking")
                .isEmpty();
    }

    @Test
    void myOverlappingNamesTheSignedInPersonsOwnBookingsWithAnyExpert() {
        // The demo sign-in has demo bookings of its own, so the checks name this test's bookings, not "nothing else".
        long expert = fixture.newExpert(0);
        long other = fixture.newExpert(0);
        BookingRow mine = book(STAFF, other, fixture.at(5, 10, 0), 60);
        BookingRow theirs = book(OTHER_STAFF, expert, fixture.at(5, 9, 0), 30);
        TimeRange asked = new TimeRange(fixture.at(5, 10, 30), fixture.at(5, 11, 30));
        assertThat(fixture.runAs(STAFF, () -> bookings.myOverlapping(asked)))
                .extracting(BookingRow::id, BookingRow::topic)
                .contains(org.assertj.core.groups.Tuple.tuple(mine.id(), "Topic of " + STAFF));
        assertThat(fixture.runAs(
                        STAFF, () -> bookings.myOverlapping(new TimeRange(fixture.at(5, 9, 0), fixture.at(5, 10, 0)))))
                .extracting(BookingRow::id)
                .as("someone else's booking, and a booking that only touches mine")
                .doesNotContain(theirs.id(), mine.id());
        fixture.runAs(STAFF, () -> bookings.cancel(mine.id(), null));
        assertThat(fixture.runAs(STAFF, () -> bookings.myOverlapping(asked)))
                .extracting(BookingRow::id)
                .as("a cancelled booking frees the time")
                .doesNotContain(mine.id());
    }

    @Test
    void theNextFreeSlotIsNeverOverTheBookersOwnBooking() {
        long expert = fixture.newExpert(0);
        long other = fixture.newExpert(0);
        Instant first =
                fixture.runAs(STAFF, () -> bookings.nextFreeSlot(expert)).orElseThrow();
        BookingRow mine = book(STAFF, other, first, 60);
        Instant next = fixture.runAs(STAFF, () -> bookings.nextFreeSlot(expert)).orElseThrow();
        assertThat(next).as("after my own booking with another expert").isAfterOrEqualTo(mine.end());
        assertThat(fixture.runAs(STAFF, () -> bookings.nextFreeSlot(expert, 30)).orElseThrow())
                .isAfterOrEqualTo(mine.end());
        assertThat(fixture.runAs(OTHER_STAFF, () -> bookings.nextFreeSlot(expert))
                        .orElseThrow())
                .as("someone else is still offered that time")
                .isBeforeOrEqualTo(first);
    }

    @Test
    void theFeedTokenCanBeShownAgainUntilItIsRegenerated() {
        String token = fixture.runAs(STAFF, () -> feeds.regenerateToken());
        assertThat(fixture.runAs(STAFF, () -> feeds.currentToken())).contains(token);
        assertThat(fixture.runAs(OTHER_STAFF, () -> feeds.currentToken())).isNotEqualTo(java.util.Optional.of(token));
        String replaced = fixture.runAs(STAFF, () -> feeds.regenerateToken());
        assertThat(fixture.runAs(STAFF, () -> feeds.currentToken())).contains(replaced);
        assertThat(anonymousFeed(
                        fixture.runAs(STAFF, () -> feeds.currentToken()).orElseThrow(), "pso.test"))
                .isPresent();
    }

    /** As a calendar app calls it: no session, only Spring Security's anonymous authentication. */
    private java.util.Optional<String> anonymousFeed(String token, String host) {
        return fixture.runAs(null, () -> feeds.feed(token, host));
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private String expertEmail(long id) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, id);
    }
}
