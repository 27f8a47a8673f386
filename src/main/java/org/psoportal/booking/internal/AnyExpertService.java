package org.psoportal.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.ExpertService;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.UserMessageException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Any expert with this skill": the earliest times at which some bookable expert with the skill is free for a booking
 * of the asked length, each offered with one expert in the fairness order of {@link FairOffers}. The experts'
 * profiles come in one query (the directory's), every expert's bookings in one more ({@link ExpertsBusyTimes}), from
 * which both the free times and the booked hours per expert and week are worked out; the booker's own bookings in a
 * third. Free means what {@link SlotFinder} means: a booking there would be accepted now. Booking an offer is the
 * normal {@link BookingService#book}, which checks again under the expert's lock.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class AnyExpertService {

    /** How many distinct times the view offers. */
    public static final int OFFERS = 10;

    private final ExpertService experts;
    private final ExpertsBusyTimes busyTimes;
    private final BookingRepository bookings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final BookingRules rules;
    private final SlotFinder slots;

    AnyExpertService(
            ExpertService experts,
            ExpertsBusyTimes busyTimes,
            BookingRepository bookings,
            CurrentUser currentUser,
            Clock clock,
            ZoneId zone) {
        this.experts = experts;
        this.busyTimes = busyTimes;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.rules = new BookingRules(zone);
        this.slots = new SlotFinder(rules);
    }

    /**
     * The first {@link #OFFERS} distinct start times at which a bookable expert with the skill (not the signed-in
     * person) is free for {@code lengthMinutes} and the signed-in person has no booking of their own, each with the
     * expert who has the fewest booked hours in that week (ties by name). A hint: the booking re-checks.
     */
    @Transactional(readOnly = true)
    public List<ExpertOffer> earliestTimes(String skill, int lengthMinutes) {
        if (skill == null || skill.isBlank()) {
            throw new UserMessageException("anyExpert.skill.required");
        }
        if (lengthMinutes <= 0) {
            throw new UserMessageException("anyExpert.length.required");
        }
        long me = currentUser.personId();
        List<ExpertCard> cards = experts.search(null, skill).stream()
                .filter(c -> c.bookable() && c.personId() != me)
                .toList();
        if (cards.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<Long, ExpertSchedule> schedules = new HashMap<>();
        Instant until = now;
        for (ExpertCard c : cards) {
            // the directory's search read every profile in this transaction, so this reads no row again
            ExpertSchedule s = experts.schedule(c.personId());
            schedules.put(c.personId(), s);
            Instant end = now.plus(Duration.ofDays(s.horizonDays() + 8L));
            until = end.isAfter(until) ? end : until;
        }
        // from the start of this week (less a day of margin for buffers): the weekly capacity counts the whole week
        Instant from = rules.weekOf(now).start().minus(Duration.ofDays(1));
        Map<Long, List<TimeRange>> busy = busyTimes.holding(schedules.keySet(), from, until);
        List<TimeRange> mine =
                bookings.ownHolding(me, now, until).stream().map(Booking::time).toList();
        List<FairOffers.Candidate> candidates = new ArrayList<>();
        for (ExpertCard c : cards) {
            List<TimeRange> expertBusy = busy.getOrDefault(c.personId(), List.of());
            for (Instant start :
                    slots.freeStarts(schedules.get(c.personId()), now, lengthMinutes, expertBusy, mine, OFFERS)) {
                candidates.add(new FairOffers.Candidate(
                        c.personId(), c.name(), start, bookedMinutesInWeekOf(start, expertBusy)));
            }
        }
        return FairOffers.earliest(candidates, OFFERS).stream()
                .map(o -> new ExpertOffer(
                        o.expertId(),
                        o.expertName(),
                        o.start(),
                        o.start()
                                .atZone(rules.zone())
                                .plusMinutes(lengthMinutes)
                                .toInstant()))
                .toList();
    }

    /** Minutes of the bookings that start in the week of {@code start}: how the weekly capacity counts them too. */
    private long bookedMinutesInWeekOf(Instant start, List<TimeRange> busy) {
        TimeRange week = rules.weekOf(start);
        return busy.stream()
                .filter(b -> !b.start().isBefore(week.start()) && b.start().isBefore(week.end()))
                .mapToLong(TimeRange::minutes)
                .sum();
    }
}
