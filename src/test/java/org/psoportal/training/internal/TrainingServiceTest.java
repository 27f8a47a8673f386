package org.psoportal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRefusedException;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRule;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.TimeOff;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sessions on the real database: they hold the expert's time under booking's rules and lock, seats are never
 * oversold under hundreds of concurrent registrations, the waitlist is first come first served and moves up by
 * itself, and each refusal names its rule.
 */
@IntegrationTest
class TrainingServiceTest {

    @Autowired
    TrainingService training;

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

    @Test
    void aSessionHoldsTheExpertsTimeAndBlocksABookingInIt() {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 10, 10, 5);
        assertThat(s.seatsLeft()).isEqualTo(5);
        assertThatThrownBy(() -> book(expert, fixture.at(10, 10, 30), fixture.at(10, 11, 30)))
                .isInstanceOfSatisfying(
                        BookingRefusedException.class, e -> assertThat(e.rule()).isEqualTo(BookingRule.NO_OVERLAP));
        // the week calendar shows the session by its title to anyone
        var week =
                fixture.runAs("staff@pso.example", () -> bookings.week(expert, LocalDate.ofInstant(s.start(), zone)));
        assertThat(week.blocks()).anyMatch(b -> "Training: CRM basics".equals(b.topic()) && !b.details());
        // and the next free slot of the expert skips it
        book(expert, fixture.at(10, 11, 0), fixture.at(10, 12, 0));
    }

    @Test
    void aRenamedSessionShowsItsNewTitleInTheExpertsWeek() {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 10, 14, 5);
        SessionForm renamed = fixture.runAs(emailOf(expert), () -> training.loadForm(s.id()));
        renamed.setTitle("CRM basics, second edition");
        fixture.runAs(emailOf(expert), () -> training.update(s.id(), s.version(), renamed));
        var week =
                fixture.runAs("staff@pso.example", () -> bookings.week(expert, LocalDate.ofInstant(s.start(), zone)));
        assertThat(week.blocks())
                .extracting(org.psoportal.booking.internal.CalendarBlock::topic)
                .contains("Training: CRM basics, second edition")
                .doesNotContain("Training: CRM basics");
    }

    @Test
    void aBookingBlocksASessionAndNothingIsSaved() {
        long expert = fixture.newExpert(0);
        book(expert, fixture.at(11, 14, 0), fixture.at(11, 15, 0));
        int before = sessionsOf(expert);
        assertThatThrownBy(() -> publish(expert, 11, 14, 5, Repeat.NONE, 1))
                .isInstanceOfSatisfying(
                        OccurrenceRefusedException.class,
                        e -> assertThat(e.rule().messageKey()).isEqualTo(BookingRule.NO_OVERLAP.messageKey()));
        assertThat(sessionsOf(expert)).isEqualTo(before);
    }

    @Test
    void aSeriesThatCrossesTimeOffIsRefusedWholeNamingTheDate() {
        long expert = fixture.newExpert(0);
        LocalDate third = LocalDate.ofInstant(fixture.at(12, 9, 0), zone).plusWeeks(2);
        fixture.runAs("head@pso.example", () -> {
            var form = experts.loadForm(expert);
            form.setTimeOff(List.of(new TimeOff(third, third, "Conference")));
            experts.save(expert, form);
            return null;
        });
        assertThatThrownBy(() -> publish(expert, 12, 9, 5, Repeat.WEEKLY, 4))
                .isInstanceOfSatisfying(OccurrenceRefusedException.class, e -> {
                    assertThat(e.rule().messageKey()).isEqualTo(BookingRule.TIME_OFF.messageKey());
                    assertThat((String) e.args()[0]).contains(String.valueOf(third.getDayOfMonth()));
                });
        assertThat(sessionsOf(expert)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM expert_hold WHERE expert_id = ?", Integer.class, expert))
                .isZero();
        // without the crossing week the series of 2 is published, as one series
        List<SessionRow> two =
                fixture.runAs(emailOf(expert), () -> training.publish(form(expert, 12, 9, 5, Repeat.WEEKLY, 2)));
        assertThat(two).hasSize(2);
        assertThat(two.get(1).seriesId()).isEqualTo(two.get(0).id());
        assertThat(two.get(1).start())
                .isEqualTo(two.get(0).start().atZone(zone).plusWeeks(1).toInstant());
    }

    @Test
    void fourHundredConcurrentRegistrationsForTenSeatsSeatExactlyTenInArrivalOrder() throws Exception {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 13, 10, 10);
        List<String> people = newStaff(400);
        long project = fixture.activeProjectId();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (String email : people) {
            futures.add(pool.submit(() -> {
                start.await();
                String outcome = fixture.runAs(email, () -> {
                    try {
                        return training.register(s.id(), project).status().name();
                    } catch (UserMessageException e) {
                        return e.messageKey();
                    }
                });
                outcomes.merge(outcome, 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("SEATED", 10, "WAITLISTED", 390));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT status, queue_no FROM training_registration WHERE session_id = ? ORDER BY queue_no", s.id());
        assertThat(rows).hasSize(400);
        // arrival order: queue numbers 1..400 without gaps or twins, and the seats went to the first ten
        for (int i = 0; i < rows.size(); i++) {
            assertThat(((Number) rows.get(i).get("queue_no")).intValue()).isEqualTo(i + 1);
            assertThat(rows.get(i).get("status")).isEqualTo(i < 10 ? "SEATED" : "WAITLISTED");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT person_id) FROM training_registration WHERE session_id = ?",
                        Integer.class,
                        s.id()))
                .isEqualTo(400);
    }

    @Test
    void cancellationsRacingRegistrationsEachPromoteTheNextWaiting() throws Exception {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 14, 10, 5);
        long project = fixture.activeProjectId();
        List<String> first = newStaff(10); // 5 seated, then 5 waiting, in this order
        for (String email : first) {
            fixture.runAs(email, () -> training.register(s.id(), project));
        }
        List<String> newcomers = newStaff(20);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                if (n < 5) {
                    fixture.runAs(first.get(n), () -> {
                        training.cancelRegistration(s.id());
                        return null;
                    });
                } else {
                    fixture.runAs(newcomers.get(n - 5), () -> training.register(s.id(), project));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // the five who waited first hold the seats now; every newcomer waits, in arrival order after them
        List<Long> seated = jdbc.queryForList(
                "SELECT person_id FROM training_registration WHERE session_id = ? AND status = 'SEATED'",
                Long.class,
                s.id());
        assertThat(seated)
                .containsExactlyInAnyOrderElementsOf(
                        first.subList(5, 10).stream().map(fixture::personId).toList());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM training_registration WHERE session_id = ? AND status = 'WAITLISTED'",
                        Integer.class,
                        s.id()))
                .isEqualTo(20);
        // each promoted person was told once
        for (String email : first.subList(5, 10)) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = 'training.notify.seated'",
                            Integer.class,
                            fixture.personId(email)))
                    .isEqualTo(1);
        }
    }

    /**
     * Sessions and bookings racing for the same hour of one expert: 20 threads publish a session and 20 book, all
     * overlapping 10:00-11:00. Exactly one of the 40 wins, and no hold overlaps a booking or another hold.
     */
    @Test
    void sessionsAndBookingsRacingForTheSameHourLeaveExactlyOneWinner() throws Exception {
        long expert = fixture.newExpert(0);
        String expertEmail = emailOf(expert);
        long project = fixture.activeProjectId();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                String outcome;
                if (n % 2 == 0) {
                    outcome = fixture.runAs(expertEmail, () -> {
                        try {
                            SessionForm f = form(expert, 19, 10, 5, Repeat.NONE, 1);
                            f.setStart(f.getStart().plusMinutes((n % 4) * 15L - 15L));
                            training.publish(f);
                            return "session";
                        } catch (UserMessageException e) {
                            return "refused";
                        }
                    });
                } else {
                    outcome = fixture.runAs("staff@pso.example", () -> {
                        try {
                            bookings.book(new BookingRequest(
                                    expert, project, fixture.at(19, 10, 0), fixture.at(19, 11, 0), "Race", null));
                            return "booking";
                        } catch (UserMessageException e) {
                            return "refused";
                        }
                    });
                }
                outcomes.merge(outcome, 1, Integer::sum);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(outcomes.getOrDefault("session", 0) + outcomes.getOrDefault("booking", 0))
                .as("winners among %s", outcomes)
                .isEqualTo(1);
        assertThat(outcomes.get("refused")).isEqualTo(39);
        Integer holds =
                jdbc.queryForObject("SELECT COUNT(*) FROM expert_hold WHERE expert_id = ?", Integer.class, expert);
        Integer held = jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND status IN ('REQUESTED', 'CONFIRMED')",
                Integer.class,
                expert);
        assertThat(holds + held).isEqualTo(1);
        assertThat(sessionsOf(expert)).isEqualTo(holds); // no session without its hold, no hold without its session
    }

    @Test
    void registrationRulesNameWhatIsWrong() {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 15, 10, 1);
        long project = fixture.activeProjectId();
        assertThat(fixture.runAs("staff@pso.example", () -> training.register(s.id(), project))
                        .status())
                .isEqualTo(RegistrationStatus.SEATED);
        assertThatThrownBy(() -> fixture.runAs("staff@pso.example", () -> training.register(s.id(), project)))
                .hasMessage("training.register.already");
        assertThatThrownBy(() -> fixture.runAs(emailOf(expert), () -> training.register(s.id(), project)))
                .hasMessage("training.register.ownSession");
        RegistrationOutcome waiting =
                fixture.runAs("oliver.bennett@pso.example", () -> training.register(s.id(), project));
        assertThat(waiting).isEqualTo(new RegistrationOutcome(RegistrationStatus.WAITLISTED, 1));
        // seats cannot drop below the seated; more seats seat the waitlist
        SessionForm fewer = fixture.runAs(emailOf(expert), () -> training.loadForm(s.id()));
        fewer.setSeats(0);
        assertThatThrownBy(() -> fixture.runAs(emailOf(expert), () -> training.update(s.id(), s.version(), fewer)))
                .hasMessageContaining("validation.failed");
        SessionForm more = fixture.runAs(emailOf(expert), () -> training.loadForm(s.id()));
        more.setSeats(2);
        SessionRow grown = fixture.runAs(emailOf(expert), () -> training.update(s.id(), s.version(), more));
        assertThat(grown.seated()).isEqualTo(2);
        assertThat(grown.waitlisted()).isZero();
        SessionForm shrink = fixture.runAs(emailOf(expert), () -> training.loadForm(s.id()));
        shrink.setSeats(1);
        assertThatThrownBy(() -> fixture.runAs(emailOf(expert), () -> training.update(s.id(), grown.version(), shrink)))
                .isInstanceOfSatisfying(UserMessageException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("training.seats.belowSeated");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThat(fixture.runAs("staff@pso.example", () -> training.session(s.id()))
                        .seats())
                .isEqualTo(2);
    }

    @Test
    void aDeadlineAfterTheStartIsRefusedAndAClosedRegistrationSaysSo() {
        long expert = fixture.newExpert(0);
        SessionForm late = form(expert, 16, 10, 5, Repeat.NONE, 1);
        late.setDeadline(late.getStart().plusHours(1));
        assertThatThrownBy(() -> fixture.runAs(emailOf(expert), () -> training.publish(late)))
                .hasMessage("training.deadline.afterStart");
        SessionForm closed = form(expert, 16, 10, 5, Repeat.NONE, 1);
        closed.setDeadline(java.time.LocalDateTime.now(zone).minusHours(1));
        SessionRow s =
                fixture.runAs(emailOf(expert), () -> training.publish(closed)).getFirst();
        assertThatThrownBy(() ->
                        fixture.runAs("staff@pso.example", () -> training.register(s.id(), fixture.activeProjectId())))
                .hasMessage("training.register.closed");
    }

    @Test
    void cancellingASessionFreesTheTimeAndTellsEveryoneRegistered() {
        long expert = fixture.newExpert(0);
        SessionRow s = publish(expert, 17, 10, 1);
        long project = fixture.activeProjectId();
        fixture.runAs("staff@pso.example", () -> training.register(s.id(), project));
        fixture.runAs("oliver.bennett@pso.example", () -> training.register(s.id(), project));
        int before = notes("oliver.bennett@pso.example", "training.notify.sessionCancelled");
        fixture.runAs("head@pso.example", () -> training.cancelSession(s.id(), "Expert ill"));
        assertThat(notes("oliver.bennett@pso.example", "training.notify.sessionCancelled"))
                .isEqualTo(before + 1);
        book(expert, fixture.at(17, 10, 0), fixture.at(17, 11, 0)); // the time is free again
        assertThatThrownBy(() -> fixture.runAs("lea.dubois@pso.example", () -> training.register(s.id(), project)))
                .hasMessage("training.sessionCancelled");
    }

    @Test
    void onlyTheSessionsExpertOrTheHeadManageIt() {
        long expert = fixture.newExpert(0);
        long otherExpert = fixture.newExpert(0);
        SessionRow s = publish(expert, 18, 10, 3);
        assertThatThrownBy(() -> fixture.runAs(
                        "staff@pso.example", () -> training.publish(form(expert, 18, 14, 3, Repeat.NONE, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(
                        emailOf(otherExpert), () -> training.publish(form(expert, 18, 14, 3, Repeat.NONE, 1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs(emailOf(otherExpert), () -> training.attendees(s.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.runAs("staff@pso.example", () -> training.attendees(s.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.runAs("head@pso.example", () -> training.attendees(s.id())))
                .isEmpty();
        assertThat(fixture.runAs("head@pso.example", () -> training.publish(form(expert, 18, 14, 3, Repeat.NONE, 1))))
                .hasSize(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private SessionRow publish(long expert, int daysAhead, int hour, int seats) {
        return publish(expert, daysAhead, hour, seats, Repeat.NONE, 1);
    }

    private SessionRow publish(long expert, int daysAhead, int hour, int seats, Repeat repeat, int count) {
        return fixture.runAs(
                        emailOf(expert), () -> training.publish(form(expert, daysAhead, hour, seats, repeat, count)))
                .getFirst();
    }

    private SessionForm form(long expert, int daysAhead, int hour, int seats, Repeat repeat, int count) {
        SessionForm f = new SessionForm();
        f.setExpertId(expert);
        f.setTitle("CRM basics");
        f.setSkill("crm");
        f.setStart(fixture.at(daysAhead, hour, 0).atZone(zone).toLocalDateTime());
        f.setLengthMinutes(60);
        f.setPlace("Room 1");
        f.setSeats(seats);
        f.setRepeat(repeat);
        f.setOccurrences(count);
        return f;
    }

    private void book(long expert, Instant from, Instant to) {
        fixture.runAs(
                "staff@pso.example",
                () -> bookings.book(
                        new BookingRequest(expert, fixture.activeProjectId(), from, to, "One to one", null)));
    }

    private int sessionsOf(long expert) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM training_session WHERE expert_id = ?", Integer.class, expert);
    }

    private int notes(String email, String key) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification WHERE person_id = ? AND message_key = ?",
                Integer.class,
                fixture.personId(email),
                key);
    }

    private String emailOf(long personId) {
        return jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, personId);
    }

    /** New active staff members (their e-mail addresses), inserted in one batch. */
    private List<String> newStaff(int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            emails.add("learner-" + java.util.UUID.randomUUID() + "@test.example");
        }
        jdbc.batchUpdate(
                "INSERT INTO person (full_name, email, password_hash, active, created_at, version) VALUES (?, ?, 'x', TRUE, NOW(6), 0)",
                emails.stream()
                        .map(e -> new Object[] {"Learner " + e.substring(8, 14), e})
                        .toList());
        jdbc.batchUpdate(
                "INSERT INTO person_role (person_id, role) VALUES (?, 'STAFF')",
                emails.stream().map(e -> new Object[] {fixture.personId(e)}).toList());
        return emails;
    }
}
