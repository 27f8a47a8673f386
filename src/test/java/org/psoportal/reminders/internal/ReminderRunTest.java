package org.psoportal.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.notifications.NotificationService;
import org.psoportal.notifications.internal.NotificationItem;
import org.psoportal.reminders.ReminderOffsets;
import org.psoportal.reminders.ReminderSource;
import org.psoportal.reminders.UpcomingAppointment;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.testsupport.Race;
import org.psoportal.training.internal.Repeat;
import org.psoportal.training.internal.SessionForm;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reminders of real bookings and training sessions, sent by runs of the reminder scheduler at chosen moments. Each run here sees only the
 * test's own bookings (the booking module's source, filtered), so the demo organisation gets no reminders from it.
 */
@IntegrationTest
class ReminderRunTest {

    static final Duration GRACE = Duration.ofMinutes(10);

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    SecurityFixture people;

    @Autowired
    List<ReminderSource> sources;

    @Autowired
    ReminderSettingsRepository settings;

    @Autowired
    ReminderSentRepository sent;

    @Autowired
    ReminderDelivery delivery;

    @Autowired
    ReminderSettingsService settingsService;

    @Autowired
    ReminderOffsets offsets;

    @Autowired
    NotificationService notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TrainingService training;

    @Autowired
    ZoneId zone;

    @Test
    void twoRunsRacingSendEachParticipantsReminderOnce() throws Exception {
        Party party = newParty("Race");
        BookingRow booking = book(party, fixture.at(3, 10, 0));
        ReminderRun run = runFor(booking.id());
        Instant oneHourBefore = booking.start().minus(Duration.ofHours(1)).plusSeconds(30);

        double countedBefore = sentCounter();

        List<Integer> sentByEach = Race.of(() -> run.run(oneHourBefore), () -> run.run(oneHourBefore));

        assertThat(sentByEach.stream().mapToInt(Integer::intValue).sum())
                .as("one reminder each for the booker and the expert, whichever run sent it")
                .isEqualTo(2);
        assertThat(reminders(party.bookerId())).isEqualTo(1);
        assertThat(reminders(party.expertId())).isEqualTo(1);
        assertThat(run.run(oneHourBefore.plus(Duration.ofMinutes(1))))
                .as("the next minute")
                .isZero();
        assertThat(reminders(party.bookerId())).isEqualTo(1);
        assertThat(sentCounter() - countedBefore)
                .as("pso.reminders{kind=booking}")
                .isEqualTo(2.0);
    }

    private double sentCounter() {
        var counter = meters.find("pso.reminders").tag("kind", "booking").counter();
        return counter == null ? 0.0 : counter.count();
    }

    @Test
    void twoDeliveriesOfTheSameReminderRacingPastTheCheckSendItOnce() throws Exception {
        Party party = newParty("Photo finish");
        BookingRow booking = book(party, fixture.at(3, 12, 0));
        UpcomingAppointment appointment = new UpcomingAppointment(
                "booking", booking.id(), party.bookerId(), booking.start(), "'Photo finish'", "my-bookings");
        Instant now = booking.start().minus(Duration.ofHours(1));

        // both get past the "already sent?" look-up of a run: only the unique key stands between them
        List<Boolean> outcomes = Race.of(
                () -> delivery.send(appointment, ReminderTime.HOUR_1, false, now),
                () -> delivery.send(appointment, ReminderTime.HOUR_1, false, now));

        assertThat(outcomes).containsExactlyInAnyOrder(true, false);
        assertThat(reminders(party.bookerId())).isEqualTo(1);
    }

    @Test
    void theReminderSaysWhatStartsWhenAndLeadsToIt() {
        Party party = newParty("Wording");
        BookingRow booking = book(party, fixture.at(4, 10, 0));

        assertThat(runFor(booking.id()).run(booking.start().minus(Duration.ofDays(1))))
                .isEqualTo(2);

        NotificationItem toBooker = latestReminder(party.booker());
        assertThat(text(toBooker))
                .startsWith("Reminder: your booking '" + booking.topic() + "' with " + booking.expertName()
                        + " starts in 1 day (")
                .endsWith(", 10:00)");
        assertThat(toBooker.link()).isEqualTo("my-bookings");
        NotificationItem toExpert = latestReminder(party.expert());
        assertThat(text(toExpert))
                .startsWith("Reminder: your booking '" + booking.topic() + "' with " + booking.bookerName());
        assertThat(toExpert.link()).isEqualTo("schedule");
    }

    @Test
    void cancelledAndDeclinedBookingsAreNeverRemindedOf() {
        Party party = newParty("Called off");
        jdbc.update("UPDATE expert_profile SET requires_approval = TRUE WHERE person_id = ?", party.expertId());
        BookingRow cancelled = book(party, fixture.at(5, 9, 0));
        BookingRow declined = book(party, fixture.at(5, 11, 0));
        BookingRow requested = book(party, fixture.at(5, 14, 0));
        fixture.runAs(party.booker(), () -> bookings.cancel(cancelled.id(), "not needed"));
        fixture.runAs(party.expert(), () -> bookings.decline(declined.id(), "away"));
        ReminderRun run = runFor(cancelled.id(), declined.id(), requested.id());

        for (BookingRow b : List.of(cancelled, declined, requested)) {
            run.run(b.start().minus(Duration.ofDays(1)));
            run.run(b.start().minus(Duration.ofHours(1)));
        }

        assertThat(reminderTexts(party.booker()))
                .as("only the request still waiting for the expert's answer holds time")
                .hasSize(2)
                .allSatisfy(t -> assertThat(t).contains(requested.topic()).doesNotContain(cancelled.topic()));
        assertThat(reminders(party.expertId())).isEqualTo(2);
    }

    @Test
    void eachPersonsReminderTimesAreHonoured() {
        Party party = newParty("Choices");
        BookingRow booking = book(party, fixture.at(6, 10, 0));
        fixture.runAs(
                party.booker(),
                () -> settingsService.saveMine(new ReminderPreferences(ReminderTime.HOURS_2, null, false)));
        fixture.runAs(party.expert(), () -> settingsService.saveMine(new ReminderPreferences(null, null, true)));
        ReminderRun run = runFor(booking.id());

        assertThat(run.run(booking.start().minus(Duration.ofDays(1)))).isZero();
        assertThat(run.run(booking.start().minus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(run.run(booking.start().minus(Duration.ofHours(1)))).isZero();

        assertThat(reminderTexts(party.booker())).singleElement().asString().contains("starts in 2 hours");
        assertThat(reminders(party.expertId())).as("both switched off").isZero();
    }

    @Test
    void aRescheduledBookingIsRemindedOfAtItsNewTime() {
        Party party = newParty("Moved");
        BookingRow booking = book(party, fixture.at(7, 9, 0));
        ReminderRun run = runFor(booking.id());
        assertThat(run.run(booking.start().minus(Duration.ofDays(1)))).isEqualTo(2);

        BookingRow moved = fixture.runAs(
                party.booker(),
                () -> bookings.reschedule(booking.id(), new TimeRange(fixture.at(7, 15, 0), fixture.at(7, 16, 0))));
        assertThat(run.run(booking.start().minus(Duration.ofHours(1))))
                .as("nothing at the old time")
                .isZero();
        assertThat(run.run(moved.start().minus(Duration.ofDays(1)).plusSeconds(60)))
                .as("the new time's reminders, though the old time's 24-hour one was sent")
                .isEqualTo(2);
        assertThat(run.run(moved.start().minus(Duration.ofHours(1)))).isEqualTo(2);
        assertThat(reminderTexts(party.booker()))
                .hasSize(3)
                .filteredOn(t -> t.contains("15:00"))
                .hasSize(2);
    }

    @Test
    void aTrainingSessionRemindsItsExpertAndTheSeatedNotTheWaitingAndNothingOnceCancelled() {
        long expert = fixture.newExpert(0);
        String expertEmail = jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, expert);
        String seated = people.newPerson(Role.STAFF, "Sam Seated");
        String waiting = people.newPerson(Role.STAFF, "Wanda Waiting");
        SessionRow session = publish(expertEmail, expert, fixture.at(8, 10, 0));
        SessionRow cancelled = publish(expertEmail, expert, fixture.at(8, 14, 0));
        for (SessionRow s : List.of(session, cancelled)) {
            fixture.runAs(seated, () -> training.register(s.id(), fixture.activeProjectId()));
            fixture.runAs(waiting, () -> training.register(s.id(), fixture.activeProjectId()));
        }
        fixture.runAs(expertEmail, () -> training.cancelSession(cancelled.id(), "ill"));
        ReminderRun run = runFor("session", session.id(), cancelled.id());

        for (SessionRow s : List.of(session, cancelled)) {
            run.run(s.start().minus(Duration.ofHours(1)));
        }

        assertThat(reminders(expert)).isEqualTo(1);
        assertThat(reminders(people.personId(seated))).isEqualTo(1);
        assertThat(reminders(people.personId(waiting))).as("on the waitlist").isZero();
        assertThat(reminderTexts(seated))
                .singleElement()
                .asString()
                .startsWith("Reminder: Training: Reminded session starts in 1 hour (")
                .endsWith(", 10:00)");
    }

    private SessionRow publish(String expertEmail, long expert, Instant start) {
        SessionForm form = new SessionForm();
        form.setExpertId(expert);
        form.setTitle("Reminded session");
        form.setStart(start.atZone(zone).toLocalDateTime());
        form.setLengthMinutes(60);
        form.setPlace("Room 1");
        form.setSeats(1);
        form.setRepeat(Repeat.NONE);
        form.setOccurrences(1);
        return fixture.runAs(expertEmail, () -> training.publish(form)).getFirst();
    }

    @Test
    void aPersonChangesOnlyTheirOwnSettings() {
        String ann = people.newPerson(Role.STAFF, "Ann Own");
        String bob = people.newPerson(Role.EXPERT, "Bob Other");
        fixture.runAs(
                ann, () -> settingsService.saveMine(new ReminderPreferences(ReminderTime.MINUTES_30, null, false)));

        assertThat(fixture.runAs(ann, settingsService::mine))
                .isEqualTo(new ReminderPreferences(ReminderTime.MINUTES_30, null, false));
        assertThat(fixture.runAs(ann, offsets::mine)).containsExactly(Duration.ofMinutes(30));
        assertThat(fixture.runAs(bob, settingsService::mine)).isEqualTo(ReminderPreferences.DEFAULTS);
        assertThat(fixture.runAs(bob, offsets::mine)).containsExactly(Duration.ofHours(24), Duration.ofHours(1));
    }

    // --- helpers

    record Party(String booker, long bookerId, String expert, long expertId) {}

    private Party newParty(String name) {
        String booker = people.newPerson(Role.STAFF, name + " Booker");
        long expertId = fixture.newExpert(0);
        String expert = jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, expertId);
        return new Party(booker, people.personId(booker), expert, expertId);
    }

    private BookingRow book(Party party, Instant start) {
        return fixture.runAs(
                party.booker(),
                () -> bookings.book(new BookingRequest(
                        party.expertId(),
                        fixture.activeProjectId(),
                        start,
                        start.plus(Duration.ofHours(1)),
                        "Topic " + System.nanoTime(),
                        null)));
    }

    /** A run that sees only these bookings of the booking module's source. */
    private ReminderRun runFor(long... bookingIds) {
        return runFor("booking", bookingIds);
    }

    /** A run that sees only these appointments of this kind ("booking", "session"), from the real sources. */
    private ReminderRun runFor(String kind, long... refIds) {
        Set<Long> ids = LongStream.of(refIds).boxed().collect(Collectors.toSet());
        ReminderSource only = (from, to) -> sources.stream()
                .flatMap(s -> s.startingBetween(from, to).stream())
                .filter(a -> a.kind().equals(kind) && ids.contains(a.refId()))
                .toList();
        return new ReminderRun(List.of(only), settings, sent, delivery, GRACE);
    }

    private int reminders(long personId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key LIKE 'notify.reminder%'",
                Integer.class, personId);
    }

    private List<String> reminderTexts(String email) {
        return fixture.runAs(email, notifications::mine).stream()
                .filter(n -> n.messageKey().startsWith("notify.reminder"))
                .map(ReminderRunTest::text)
                .toList();
    }

    private NotificationItem latestReminder(String email) {
        return fixture.runAs(email, notifications::mine).stream()
                .filter(n -> n.messageKey().startsWith("notify.reminder"))
                .findFirst()
                .orElseThrow();
    }

    private static String text(NotificationItem item) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT)
                .getString(item.messageKey());
        return new MessageFormat(pattern, Locale.ENGLISH).format(item.args());
    }
}
