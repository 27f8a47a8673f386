package org.psoportal.training.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.psoportal.booking.ExpertHolds;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.PortalUser;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityContexts;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo sessions: past ones with attendance marked (for the dashboard), upcoming ones with seats left, one full
 * with a waitlist (the demo staff member waits on it), and weekly office hours for 8 weeks. Upcoming sessions hold
 * their experts' time through booking's rules (as the head, who may publish for any expert); each is placed at the
 * first time of its day the calendar accepts, after the demo bookings.
 */
@Component
class TrainingDemoData implements DemoDataContributor {

    private final TrainingSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final ExpertHolds holds;
    private final ExpertService experts;
    private final PersonService people;
    private final ProjectService projects;
    private final ZoneId zone;

    TrainingDemoData(
            TrainingSessionRepository sessions,
            RegistrationRepository registrations,
            ExpertHolds holds,
            ExpertService experts,
            PersonService people,
            ProjectService projects,
            ZoneId zone) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.holds = holds;
        this.experts = experts;
        this.people = people;
        this.projects = projects;
        this.zone = zone;
    }

    @Override
    public int order() {
        return 60; // after the bookings, so sessions go around them
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        List<ExpertCard> cards = experts.search("", null);
        List<PersonSummary> staff = new ArrayList<>(people.activeWithRole(Role.STAFF));
        List<PersonSummary> heads = people.activeWithRole(Role.HEAD);
        List<ProjectSummary> active = projects.activeProjects();
        if (cards.isEmpty() || staff.size() < 15 || heads.isEmpty() || active.isEmpty()) {
            return;
        }
        PersonSummary demoStaff = staff.stream()
                .filter(p -> p.email().equals("staff@pso.example"))
                .findFirst()
                .orElse(staff.getFirst());
        staff.remove(demoStaff);
        ExpertCard demoExpert = cards.stream()
                .filter(c -> people.summary(c.personId())
                        .map(p -> p.email().equals("expert@pso.example"))
                        .orElse(false))
                .findFirst()
                .orElse(cards.getFirst());
        ExpertCard other =
                cards.stream().filter(c -> c != demoExpert).findFirst().orElse(demoExpert);
        PortalUser head = new PortalUser(heads.getFirst().id(), "", "", "", true, EnumSet.of(Role.HEAD));
        Instant now = context.clock().instant();
        LocalDate today = LocalDate.now(context.clock().withZone(zone));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ProjectSummary project = active.getFirst();
        SecurityContexts.runAs(
                UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()), () -> {
                    // past sessions, attendance marked
                    for (int week = 1; week <= 6; week++) {
                        ExpertCard who = week % 2 == 0 ? demoExpert : other;
                        TrainingSession s = past(
                                who,
                                "Onboarding: the project tools in one hour",
                                monday.minusWeeks(week),
                                20,
                                head.personId(),
                                now);
                        for (int i = 0; i < Math.min(12 + week, staff.size()); i++) {
                            Registration r = seat(s, staff.get((i + week) % staff.size()), active, i, now);
                            r.markAttended(i % 5 != 0);
                        }
                    }
                    // upcoming: one with seats left, one full with a waitlist, office hours
                    upcoming(
                                    demoExpert,
                                    skill(demoExpert, 0),
                                    "CRM basics for newcomers",
                                    "Contacts, companies and deals in our CRM: the ten things every project member needs.",
                                    monday.plusWeeks(1),
                                    12,
                                    null,
                                    now)
                            .ifPresent(s -> {
                                for (int i = 0; i < 5; i++) {
                                    seat(s, staff.get(i), active, i, now);
                                }
                            });
                    upcoming(
                                    other,
                                    skill(other, 0),
                                    "Reporting in the PM tool: hands-on",
                                    "Build your project's status report from live data. Bring a laptop.",
                                    monday.plusWeeks(1).plusDays(2),
                                    6,
                                    null,
                                    now)
                            .ifPresent(s -> {
                                for (int i = 0; i < 6; i++) {
                                    seat(s, staff.get(6 + i), active, i, now);
                                }
                                for (int i = 0; i < 2; i++) {
                                    waitlist(s, staff.get(12 + i), active.get(i % active.size()), now);
                                }
                                waitlist(s, demoStaff, project, now);
                            });
                    Long series = null;
                    for (int week = 1; week <= 8; week++) {
                        Optional<TrainingSession> s = upcoming(
                                demoExpert,
                                skill(demoExpert, 0),
                                "Office hours: ask the expert",
                                "Drop in with any question about the tools; no preparation needed.",
                                monday.plusWeeks(week).plusDays(3),
                                15,
                                "https://meet.pso.example/office-hours",
                                now);
                        if (s.isPresent()) {
                            series = series == null ? s.get().getId() : series;
                            s.get().joinSeries(series);
                        }
                    }
                });
    }

    private Optional<TrainingSession> upcoming(
            ExpertCard expert,
            String skill,
            String title,
            String description,
            LocalDate day,
            int seats,
            String link,
            Instant now) {
        for (int d = 0; d < 5; d++) {
            for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(16, 0)); t = t.plusMinutes(30)) {
                Instant start = day.plusDays(d).atTime(t).atZone(zone).toInstant();
                try {
                    long hold = holds.hold(
                            expert.personId(),
                            start,
                            start.plus(Duration.ofHours(1)),
                            TrainingService.HOLD_PREFIX + title);
                    TrainingSession s = session(expert, skill, title, description, start, seats, link, now);
                    s.holdTime(hold);
                    return Optional.of(sessions.saveAndFlush(s));
                } catch (UserMessageException taken) {
                    // the calendar refuses this time (a booking, time off, outside hours): try the next
                }
            }
        }
        return Optional.empty();
    }

    private TrainingSession past(ExpertCard expert, String title, LocalDate day, int seats, long headId, Instant now) {
        Instant start = day.atTime(14, 0).atZone(zone).toInstant();
        TrainingSession s = session(
                expert,
                skill(expert, 1),
                title,
                "The portal, the board, the CRM and the PM tool, for people new to the office.",
                start,
                seats,
                "Room 2.14",
                now);
        return sessions.saveAndFlush(s);
    }

    private TrainingSession session(
            ExpertCard expert,
            String skill,
            String title,
            String description,
            Instant start,
            int seats,
            String where,
            Instant now) {
        TrainingSession s = new TrainingSession(
                expert.personId(), expert.personId(), now.isBefore(start) ? now : start.minus(Duration.ofDays(14)));
        boolean online = where != null && where.startsWith("https://");
        s.describe(new SessionDetails(
                title,
                skill,
                description,
                online ? null : (where == null ? "Room 1.02" : where),
                online ? where : null,
                seats,
                Audience.EVERYONE,
                Set.of()));
        s.moveTo(start, start.plus(Duration.ofHours(1)), start);
        return s;
    }

    private Registration seat(TrainingSession s, PersonSummary who, List<ProjectSummary> active, int i, Instant now) {
        Registration r = new Registration(s.getId(), who.id());
        r.enter(
                active.get(i % active.size()).id(),
                RegistrationStatus.SEATED,
                registrations.lastQueueNo(s.getId()) + 1,
                min(now, s.getStartAt().minus(Duration.ofDays(2))));
        return registrations.saveAndFlush(r);
    }

    private void waitlist(TrainingSession s, PersonSummary who, ProjectSummary project, Instant now) {
        Registration r = new Registration(s.getId(), who.id());
        r.enter(project.id(), RegistrationStatus.WAITLISTED, registrations.lastQueueNo(s.getId()) + 1, now);
        registrations.saveAndFlush(r);
    }

    private static String skill(ExpertCard expert, int index) {
        return expert.skills().isEmpty()
                ? null
                : expert.skills().get(Math.min(index, expert.skills().size() - 1));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
