package org.psoportal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.CalendarEntries;
import org.psoportal.booking.NextSessions;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.CalendarFeedService;
import org.psoportal.reminders.ReminderSource;
import org.psoportal.reminders.UpcomingAppointment;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions where other modules show them: the personal calendar feed (a series as expanded occurrences, each its
 * own event with a stable UID), the directory's next session, reminders (the expert and the seated, never for a
 * cancelled session), and the audience rule.
 */
@IntegrationTest
class TrainingCalendarTest {

    @Autowired
    TrainingService training;

    @Autowired
    TrainingCalendar calendar;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    BookingFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    @Test
    void theFeedCarriesEachOccurrenceOfASeriesAndParsesAndRoundTripsWithIcal4j() throws Exception {
        long expert = fixture.newExpert(0);
        String email = emailOf(expert);
        List<SessionRow> series = fixture.runAs(email, () -> training.publish(form(expert, 21, Repeat.WEEKLY, 3, 5)));
        fixture.runAs("staff@pso.example", () -> training.register(series.get(1).id(), fixture.activeProjectId()));
        String token = fixture.runAs("staff@pso.example", feeds::regenerateToken);
        String ics = feeds.feed(token, "test.example").orElseThrow();

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<String> seriesUids = series.stream()
                .map(r -> "training-session-" + r.id() + "@test.example")
                .toList();
        List<VEvent> sessions = parsed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> seriesUids.contains(e.getUid().orElseThrow().getValue()))
                .toList();
        assertThat(sessions).hasSize(1); // the staff member holds a seat at the second occurrence only
        assertThat(sessions.getFirst().getUid().orElseThrow().getValue())
                .isEqualTo("training-session-" + series.get(1).id() + "@test.example");
        assertThat(sessions.getFirst().getLocation().getValue()).isEqualTo("Room 7");
        // the expert's feed has all three, each its own event (expanded occurrences, no RRULE)
        String expertToken = fixture.runAs(email, feeds::regenerateToken);
        Calendar expertFeed = new CalendarBuilder()
                .build(new StringReader(feeds.feed(expertToken, "test.example").orElseThrow()));
        List<VEvent> taught = expertFeed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> seriesUids.contains(e.getUid().orElseThrow().getValue()))
                .toList();
        assertThat(taught).hasSize(3);
        assertThat(taught).noneMatch(e -> e.getProperty("RRULE").isPresent());
        // round trip: written again by ical4j, parsed again, the same calendar
        java.io.StringWriter again = new java.io.StringWriter();
        new CalendarOutputter(true).output(expertFeed, again);
        assertThat(new CalendarBuilder().build(new StringReader(again.toString())))
                .isEqualTo(expertFeed);
    }

    @Test
    void remindersGoToTheExpertAndTheSeatedNeverForACancelledSession() {
        long expert = fixture.newExpert(0);
        SessionRow s = fixture.runAs(emailOf(expert), () -> training.publish(form(expert, 22, Repeat.NONE, 1, 1)))
                .getFirst();
        long project = fixture.activeProjectId();
        fixture.runAs("staff@pso.example", () -> training.register(s.id(), project));
        fixture.runAs("oliver.bennett@pso.example", () -> training.register(s.id(), project)); // waitlisted
        ReminderSource source = calendar;
        List<UpcomingAppointment> due = source
                .startingBetween(s.start(), s.start().plusSeconds(1))
                .stream()
                .filter(a -> a.refId() == s.id())
                .toList();
        assertThat(due)
                .extracting(UpcomingAppointment::personId)
                .containsExactlyInAnyOrder(expert, fixture.personId("staff@pso.example"));
        assertThat(due).allMatch(a -> a.kind().equals("session") && a.link().equals("sessions?session=" + s.id()));
        fixture.runAs("head@pso.example", () -> training.cancelSession(s.id(), null));
        assertThat(source.startingBetween(s.start(), s.start().plusSeconds(1)))
                .noneMatch(a -> a.refId() == s.id() && a.kind().equals("session"));
    }

    @Test
    void theDirectoryShowsEachExpertsNextSession() {
        long expert = fixture.newExpert(0);
        List<SessionRow> two =
                fixture.runAs(emailOf(expert), () -> training.publish(form(expert, 23, Repeat.WEEKLY, 2, 4)));
        NextSessions next = calendar;
        assertThat(fixture.runAs("staff@pso.example", () -> next.nextOf(List.of(expert))))
                .containsEntry(
                        expert,
                        new NextSessions.Upcoming(
                                two.getFirst().id(),
                                "Feed training",
                                two.getFirst().start()));
        CalendarEntries entries = calendar;
        assertThat(fixture.runAs(
                        emailOf(expert),
                        () -> entries.mine(two.getFirst().start().minusSeconds(60))))
                .hasSize(2);
    }

    @Test
    void aSessionForChosenProjectsTakesRegistrationsForThoseProjectsOnly() {
        long expert = fixture.newExpert(0);
        List<Long> active = jdbc.queryForList("SELECT id FROM project WHERE status = 'ACTIVE' ORDER BY id", Long.class);
        SessionForm f = form(expert, 24, Repeat.NONE, 1, 5);
        f.setAudience(Audience.PROJECTS);
        f.setProjectIds(Set.of(active.get(0)));
        SessionRow s = fixture.runAs(emailOf(expert), () -> training.publish(f)).getFirst();
        assertThatThrownBy(() -> fixture.runAs("staff@pso.example", () -> training.register(s.id(), active.get(1))))
                .hasMessage("training.register.notForProject");
        assertThat(fixture.runAs("staff@pso.example", () -> training.register(s.id(), active.get(0)))
                        .status())
                .isEqualTo(RegistrationStatus.SEATED);
        SessionForm none = form(expert, 24, Repeat.NONE, 1, 5);
        none.setAudience(Audience.PROJECTS);
        assertThatThrownBy(() -> fixture.runAs(emailOf(expert), () -> training.publish(none)))
                .hasMessage("training.projects.required");
    }

    private SessionForm form(long expert, int daysAhead, Repeat repeat, int count, int seats) {
        SessionForm f = new SessionForm();
        f.setExpertId(expert);
        f.setTitle("Feed training");
        f.setStart(fixture.at(daysAhead, 15, 0).atZone(zone).toLocalDateTime());
        f.setPlace("Room 7");
        f.setSeats(seats);
        f.setRepeat(repeat);
        f.setOccurrences(count);
        return f;
    }

    private String emailOf(long personId) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, personId);
    }
}
