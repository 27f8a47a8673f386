package org.psoportal.booking.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.ExpertService;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.Role;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.shared.demo.DemoDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About 200 bookings from 12 weeks back to 4 weeks ahead, spread over the experts and the active projects, with
 * some cancelled and some waiting for approval, plus a few recorded refusals (unmet demand). Past bookings cannot
 * go through the service (it refuses the past), so each is checked with the same rules as of the day before it.
 */
@Component
class BookingsDemoData implements DemoDataContributor {

    private final BookingRepository bookings;
    private final BookingRefusalRepository refusals;
    private final ExpertService experts;
    private final PersonService people;
    private final ProjectService projects;
    private final BookingRules rules;

    BookingsDemoData(
            BookingRepository bookings,
            BookingRefusalRepository refusals,
            ExpertService experts,
            PersonService people,
            ProjectService projects,
            ZoneId zone) {
        this.bookings = bookings;
        this.refusals = refusals;
        this.experts = experts;
        this.people = people;
        this.projects = projects;
        this.rules = new BookingRules(zone);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional
    public void load(DemoContext context) {
        Random random = context.random();
        Clock clock = context.clock();
        Instant now = clock.instant();
        List<ExpertCard> cards = experts.search("", null);
        List<PersonSummary> bookers = new ArrayList<>(people.activeWithRole(Role.STAFF));
        bookers.stream()
                .filter(p -> p.email().equals("staff@pso.example"))
                .findFirst()
                .ifPresent(p -> bookers.addAll(List.of(p, p))); // the demo sign-in gets a fuller list
        List<ProjectSummary> active = projects.activeProjects();
        if (cards.isEmpty() || bookers.isEmpty() || active.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(rules.zone()));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int expertIndex = 0;
        for (ExpertCard card : cards) {
            ExpertSchedule s = experts.schedule(card.personId());
            List<TimeRange> busy = new ArrayList<>();
            for (int week = -12; week <= 4; week++) {
                int count = 1 + random.nextInt(3);
                for (int k = 0; k < count * 3 && count > 0; k++) {
                    LocalDate day = monday.plusWeeks(week).plusDays(random.nextInt(5));
                    Optional<TimeRange> slot = pick(s, day, random, busy);
                    if (slot.isEmpty() || (week >= 0 && slot.get().start().isBefore(now.plusSeconds(3 * 3600)))) {
                        continue;
                    }
                    busy.add(slot.get());
                    count--;
                    save(s, card.skills(), slot.get(), now, random, bookers, active);
                }
            }
            // A few experts always have a booking today, so "bookings today" is never an empty demo.
            if (expertIndex++ < 3) {
                for (int attempt = 0; attempt < 8; attempt++) {
                    Optional<TimeRange> slot = pick(s, today, random, busy);
                    if (slot.isPresent()) {
                        busy.add(slot.get());
                        save(s, card.skills(), slot.get(), now, random, bookers, active);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            ExpertCard card = cards.get(random.nextInt(cards.size()));
            refusals.save(new BookingRefusal(
                    card.personId(),
                    active.get(random.nextInt(active.size())).id(),
                    bookers.get(random.nextInt(bookers.size())).id(),
                    i % 3 == 0 ? BookingRule.WEEKLY_CAPACITY.name() : BookingRule.NO_OVERLAP.name(),
                    now.minusSeconds(3600L * 24 * (1 + random.nextInt(70)))));
        }
    }

    /** A random start on the expert's grid that day, accepted by the rules as if booked the day before. */
    private Optional<TimeRange> pick(ExpertSchedule s, LocalDate day, Random random, List<TimeRange> busy) {
        var hours =
                s.hours().stream().filter(h -> h.day() == day.getDayOfWeek()).toList();
        if (hours.isEmpty()) {
            return Optional.empty();
        }
        var h = hours.get(random.nextInt(hours.size()));
        int minutes = 30 * (1 + random.nextInt(4));
        int slots = (int) (java.time.Duration.between(h.start(), h.end()).toMinutes() - minutes) / s.slotMinutes();
        if (slots < 0) {
            return Optional.empty();
        }
        Instant start = day.atTime(h.start().plusMinutes((long) s.slotMinutes() * random.nextInt(slots + 1)))
                .atZone(rules.zone())
                .toInstant();
        TimeRange slot = new TimeRange(start, start.plusSeconds(minutes * 60L));
        Instant dayBefore = start.minusSeconds(24 * 3600);
        return rules.check(s, dayBefore, slot, busy).isEmpty() ? Optional.of(slot) : Optional.empty();
    }

    private void save(
            ExpertSchedule s,
            List<String> skills,
            TimeRange slot,
            Instant now,
            Random random,
            List<PersonSummary> bookers,
            List<ProjectSummary> active) {
        PersonSummary booker = bookers.get(random.nextInt(bookers.size()));
        ProjectSummary project = active.get(random.nextInt(active.size()));
        boolean past = slot.start().isBefore(now);
        BookingStatus status = !past && s.requiresApproval() && random.nextInt(2) == 0
                ? BookingStatus.REQUESTED
                : BookingStatus.CONFIRMED;
        Instant created = slot.start().minusSeconds(3600L * 24 * (1 + random.nextInt(10)));
        Booking b = new Booking(
                s.expertId(),
                project.id(),
                booker.id(),
                slot,
                TOPICS[random.nextInt(TOPICS.length)],
                null,
                status,
                created.isAfter(now) ? now : created);
        b.setSkill(demoSkill(skills, slot));
        if (random.nextInt(12) == 0) {
            b.close(BookingStatus.CANCELLED, booker.id(), created.plusSeconds(3600), "Plans changed");
        }
        bookings.save(b);
    }

    /**
     * The skill a demo booking was asked for: one of the expert's, and none for about one booking in five (people do
     * not always say). Taken from the slot rather than the random generator, so the rest of the demo stays the same.
     */
    private static String demoSkill(List<String> skills, TimeRange slot) {
        int pick = Math.floorMod(Long.hashCode(slot.start().getEpochSecond() / 60), 5 * Math.max(1, skills.size()));
        return skills.isEmpty() || pick % 5 == 0 ? null : skills.get(pick / 5);
    }

    private static final String[] TOPICS = {
        "Kick-off: tool setup",
        "Data migration check",
        "Report design",
        "Dashboard review",
        "Workshop preparation",
        "Template review",
        "Integration questions",
        "Survey set-up",
        "Licence and access questions",
        "Training for the project team",
        "Process mapping",
        "Go-live checklist"
    };
}
