package org.psoportal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.shared.db.SqlParams;
import org.psoportal.testsupport.IntegrationTest;
import org.psoportal.training.TrainingFigureRows.SessionFigures;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;
import org.psoportal.training.TrainingFigureRows.WaitlistDemand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The training figures on the real database, with exact numbers: sessions, seats and registrations of our own in
 * two weeks long past (no other session lies there), "now" in the middle of the second week.
 *
 * <p>Week 1: S1 for everyone, 60 min, 10 seats, skill Testing: a (P1, attended), b (P1, absent), c (P2, attended)
 * seated, d (P1) waiting, e (P2) cancelled. S2 for P2 only, 90 min, 5 seats, no skill: f, g, h (P2) seated,
 * attendance not marked, i (P2) waiting. S3 like S1 but cancelled, two seated. Week 2: S4 for everyone, 120 min,
 * 4 seats, Testing: j (P1) seated, d and k (P1) waiting. S5 for everyone, Testing, starts after "now": m (P2) seated,
 * l (P2) waiting.
 */
@IntegrationTest
@WithMockUser(roles = "HEAD")
class TrainingFigureQueriesTest {

    @Autowired
    TrainingFigureQueries figures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    private TrainingRows rows;
    private String suffix;
    private LocalDate monday;
    private LocalDateTime now;
    private long p1;
    private long p2;
    private long s1;
    private long s2;
    private long s4;
    private long s5;

    @BeforeEach
    void twoWeeksOfSessions() {
        rows = new TrainingRows(jdbc, zone);
        suffix = rows.suffix;
        monday = aMondayWithNoSessionsAround();
        now = at(monday.plusDays(10), 12, 0);
        long expert = person("Trainer");
        p1 = rows.project("TF1", expert);
        p2 = rows.project("TF2", expert);
        s1 = session(expert, "Testing", monday.plusDays(1), 60, 10, "EVERYONE", "SCHEDULED");
        register(s1, person("a"), p1, "SEATED", true);
        register(s1, person("b"), p1, "SEATED", false);
        register(s1, person("c"), p2, "SEATED", true);
        long d = person("d");
        register(s1, d, p1, "WAITLISTED", null);
        register(s1, person("e"), p2, "CANCELLED", null);
        s2 = rows.session(expert, null, monday.plusDays(2), 90, 5, "PROJECTS", "SCHEDULED", p2);
        register(s2, person("f"), p2, "SEATED", null);
        register(s2, person("g"), p2, "SEATED", null);
        register(s2, person("h"), p2, "SEATED", null);
        register(s2, person("i"), p2, "WAITLISTED", null);
        long s3 = session(expert, "Testing", monday.plusDays(3), 60, 10, "EVERYONE", "CANCELLED");
        register(s3, person("x"), p1, "SEATED", null);
        register(s3, person("y"), p1, "SEATED", null);
        s4 = session(expert, "Testing", monday.plusDays(8), 120, 4, "EVERYONE", "SCHEDULED");
        register(s4, person("j"), p1, "SEATED", null);
        register(s4, d, p1, "WAITLISTED", null);
        register(s4, person("k"), p1, "WAITLISTED", null);
        s5 = session(expert, "Testing", monday.plusDays(12), 60, 8, "EVERYONE", "SCHEDULED");
        register(s5, person("m"), p2, "SEATED", null);
        register(s5, person("l"), p2, "WAITLISTED", null);
    }

    /**
     * A Monday in the 2000s with no session from a week before it to three weeks after: the figures count every
     * session open to everyone, so a session of another test (or of this one's earlier methods, whose rows stay)
     * in those weeks would change them. A random week alone collided about once in a hundred runs.
     */
    private LocalDate aMondayWithNoSessionsAround() {
        for (int attempt = 0; attempt < 100; attempt++) {
            LocalDate candidate = LocalDate.of(2001, 1, 1)
                    .plusWeeks(ThreadLocalRandom.current().nextInt(500));
            Integer sessions = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM training_session WHERE start_at >= ? AND start_at < ?",
                    Integer.class,
                    utc(candidate.minusWeeks(1)),
                    utc(candidate.plusWeeks(3)));
            if (sessions == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free week for the training figures in the 2000s");
    }

    private List<LocalDate> twoWeeks() {
        return List.of(monday, monday.plusWeeks(1), monday.plusWeeks(2));
    }

    @Test
    void perWeekSessionsHeldSeatsAttendanceAndHoursSaved() {
        List<TrainingPeriod> weeks = figures.perPeriod(twoWeeks(), now, null);
        // S1 + S2 held (S3 cancelled); seats 10 + 5; seated 3 + 3; attended a, c of the 3 marked in S1.
        // Hours saved: S1 taught a and c (b marked absent): (2 - 1) x 1 h; S2 nothing marked, all 3 seated
        // taught: (3 - 1) x 1.5 h.
        assertThat(weeks.getFirst()).isEqualTo(new TrainingPeriod(monday, monday.plusWeeks(1), 2, 15, 6, 2, 3, 4.0));
        assertThat(weeks.getFirst().attendancePercent()).isEqualTo(66.7);
        // S4 held with one person (saves nothing); S5 starts after now, not held yet
        assertThat(weeks.get(1))
                .isEqualTo(new TrainingPeriod(monday.plusWeeks(1), monday.plusWeeks(2), 1, 4, 1, 0, 0, 0.0));
        assertThat(weeks.get(1).attendancePercent()).isZero();
    }

    @Test
    void aProjectSeesTheSessionsOpenToItAndItsOwnRegistrationsAndTheSharesAddUp() {
        // P1: S2 is for P2 only; a and b seated, a attended; a carries half of S1's saved hour (taught a, c)
        assertThat(figures.perPeriod(twoWeeks(), now, p1).getFirst())
                .isEqualTo(new TrainingPeriod(monday, monday.plusWeeks(1), 1, 10, 2, 1, 2, 0.5));
        // P2: S1 and S2; c, f, g, h seated; c attended (the only mark); half an hour of S1 and all of S2's 3 h
        assertThat(figures.perPeriod(twoWeeks(), now, p2).getFirst())
                .isEqualTo(new TrainingPeriod(monday, monday.plusWeeks(1), 2, 15, 4, 1, 1, 3.5));
    }

    @Test
    void aWeekWithoutSessionsIsAZeroRow() {
        List<LocalDate> three = List.of(monday.minusWeeks(1), monday, monday.plusWeeks(1));
        List<TrainingPeriod> weeks = figures.perPeriod(three, now, null);
        assertThat(weeks).hasSize(2);
        assertThat(weeks.getFirst()).isEqualTo(new TrainingPeriod(monday.minusWeeks(1), monday, 0, 0, 0, 0, 0, 0.0));
        assertThat(weeks.get(1).sessionsHeld()).isEqualTo(2);
    }

    @Test
    void waitlistDemandCountsPeopleStillWaitingPerSkillMostFirst() {
        LocalDateTime from = utc(monday);
        LocalDateTime to = utc(monday.plusWeeks(2));
        // Testing: d (S1 and S4), k (S4), l (S5, still to come): 3 people, 4 places, 3 sessions; none: i (S2)
        assertThat(figures.waitlistDemand(from, to, null))
                .containsExactly(new WaitlistDemand("Testing", 3, 4, 3), new WaitlistDemand("", 1, 1, 1));
        assertThat(figures.waitlistDemand(from, to, p1)).containsExactly(new WaitlistDemand("Testing", 2, 3, 2));
        assertThat(figures.waitlistDemand(from, to, p2))
                .containsExactlyInAnyOrder(new WaitlistDemand("Testing", 1, 1, 1), new WaitlistDemand("", 1, 1, 1));
        assertThat(figures.waitlistDemand(utc(monday.plusWeeks(1)), to, null))
                .containsExactly(new WaitlistDemand("Testing", 3, 3, 2));
    }

    @Test
    void theSessionsBehindAFigureWithTheirSeatsWaitlistAndAttendance() {
        List<SessionFigures> week1 = figures.sessions(utc(monday), utc(monday.plusWeeks(1)), null, null, 50);
        assertThat(week1).extracting(SessionFigures::sessionId).containsExactly(s1, s2);
        SessionFigures first = week1.getFirst();
        assertThat(first.title()).isEqualTo("Session " + suffix);
        assertThat(first.expertName()).isEqualTo("Trainer " + suffix);
        assertThat(first.start().toLocalDateTime()).isEqualTo(monday.plusDays(1).atTime(10, 0));
        assertThat(first.end().toLocalDateTime()).isEqualTo(monday.plusDays(1).atTime(11, 0));
        assertThat(List.of(first.seats(), first.seated(), first.waitlisted(), first.attended()))
                .containsExactly(10, 3L, 1L, 2L);
        SessionFigures second = week1.get(1);
        assertThat(second.attended()).as("no attendance marked").isNull();
        assertThat(List.of(second.seated(), second.waitlisted())).containsExactly(3L, 1L);

        LocalDateTime from = utc(monday);
        LocalDateTime to = utc(monday.plusWeeks(2));
        assertThat(figures.sessions(from, to, null, "Testing", 50))
                .extracting(SessionFigures::sessionId)
                .containsExactly(s1, s4, s5);
        assertThat(figures.sessions(from, to, null, "", 50))
                .extracting(SessionFigures::sessionId)
                .containsExactly(s2);
        // P1: not S2 (for P2 only); at S1 its a and b seated, d waiting, a attended
        List<SessionFigures> p1Sessions = figures.sessions(from, to, p1, null, 50);
        assertThat(p1Sessions).extracting(SessionFigures::sessionId).containsExactly(s1, s4, s5);
        assertThat(List.of(
                        p1Sessions.getFirst().seated(),
                        p1Sessions.getFirst().waitlisted(),
                        p1Sessions.getFirst().attended()))
                .containsExactly(2L, 1L, 1L);
        assertThat(figures.sessions(from, to, null, null, 2)).hasSize(2);
    }

    @Test
    @WithMockUser(roles = {"STAFF", "ADMINISTRATOR", "EXPERT"})
    void onlyTheHeadReadsTheFigures() {
        assertThatThrownBy(() -> figures.perPeriod(twoWeeks(), now, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.sessions(utc(monday), utc(monday.plusDays(1)), null, null, 5))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LocalDateTime at(LocalDate day, int hour, int minute) {
        return rows.utc(day, hour, minute);
    }

    private LocalDateTime utc(LocalDate day) {
        return SqlParams.utcStartOf(day, zone);
    }

    private long person(String name) {
        return rows.person(name);
    }

    private long session(
            long expert, String skill, LocalDate day, int minutes, int seats, String audience, String status) {
        return rows.session(expert, skill, day, minutes, seats, audience, status);
    }

    private void register(long session, long person, long project, String status, Boolean attended) {
        rows.register(session, person, project, status, attended);
    }
}
