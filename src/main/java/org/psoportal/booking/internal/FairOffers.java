package org.psoportal.booking.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * "Any expert with this skill", as a pure function: from every expert's free starts, the earliest distinct starts,
 * each offered with one expert. Where several experts are free at the same start the fairest is offered: the one
 * with the fewest booked minutes in that start's week, then by name (then id, so the order is total).
 */
public final class FairOffers {

    /** An expert free at {@code start}, who is booked for {@code bookedMinutesInWeek} in that start's week. */
    public record Candidate(long expertId, String expertName, Instant start, long bookedMinutesInWeek) {}

    /** The fairness order among experts free at the same start: least booked that week first, ties by name. */
    public static final Comparator<Candidate> FAIRNESS = Comparator.comparingLong(Candidate::bookedMinutesInWeek)
            .thenComparing(Candidate::expertName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Candidate::expertId);

    private FairOffers() {}

    /** The first {@code limit} distinct starts in time order, each with the fairest expert free then. */
    public static List<Candidate> earliest(Collection<Candidate> candidates, int limit) {
        Map<Instant, List<Candidate>> byStart =
                candidates.stream().collect(Collectors.groupingBy(Candidate::start, TreeMap::new, Collectors.toList()));
        return byStart.values().stream()
                .limit(limit)
                .map(free -> free.stream().min(FAIRNESS).orElseThrow())
                .toList();
    }
}
