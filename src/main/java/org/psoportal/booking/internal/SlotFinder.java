package org.psoportal.booking.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.WorkingHours;

/**
 * Finds free slots by walking the working hours on the slot grid and asking {@link BookingRules} about each
 * candidate: "free" means exactly "a booking there would be accepted", never a second, drifting definition.
 */
public final class SlotFinder {

    private final BookingRules rules;

    public SlotFinder(BookingRules rules) {
        this.rules = rules;
    }

    /** The first bookable start of the given length from now to the horizon, or empty when the expert is full. */
    public Optional<Instant> nextFree(ExpertSchedule s, Instant now, int lengthMinutes, List<TimeRange> busy) {
        return nextFree(s, now, lengthMinutes, busy, List.of());
    }

    /**
     * As {@link #nextFree(ExpertSchedule, Instant, int, List)}, skipping starts whose booking would overlap one of
     * {@code avoid} (the booker's own bookings: the expert would be free, the booker would not).
     */
    public Optional<Instant> nextFree(
            ExpertSchedule s, Instant now, int lengthMinutes, List<TimeRange> busy, List<TimeRange> avoid) {
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        for (int d = 0; d <= s.horizonDays(); d++) {
            Optional<Instant> found = firstFreeOn(s, today.plusDays(d), now, lengthMinutes, busy, avoid);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The first {@code limit} bookable starts of this length from now to the horizon, in time order, skipping starts
     * whose booking would overlap one of {@code avoid} (as {@link #nextFree(ExpertSchedule, Instant, int, List, List)}).
     */
    public List<Instant> freeStarts(
            ExpertSchedule s, Instant now, int lengthMinutes, List<TimeRange> busy, List<TimeRange> avoid, int limit) {
        List<Instant> found = new ArrayList<>();
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        for (int d = 0; d <= s.horizonDays() && found.size() < limit; d++) {
            LocalDate day = today.plusDays(d);
            List<WorkingHours> hours = s.hours().stream()
                    .filter(h -> h.day() == day.getDayOfWeek())
                    .sorted(java.util.Comparator.comparing(WorkingHours::start))
                    .toList();
            for (WorkingHours h : hours) {
                for (LocalDateTime t = day.atTime(h.start());
                        !t.plusMinutes(lengthMinutes).isAfter(day.atTime(h.end())) && found.size() < limit;
                        t = t.plusMinutes(s.slotMinutes())) {
                    ZonedDateTime start = t.atZone(rules.zone());
                    TimeRange slot = new TimeRange(
                            start.toInstant(), start.plusMinutes(lengthMinutes).toInstant());
                    if (avoid.stream().noneMatch(a -> a.conflictsWith(slot, Duration.ZERO))
                            && rules.check(s, now, slot, busy).isEmpty()
                            && !found.contains(slot.start())) {
                        found.add(slot.start());
                    }
                }
            }
        }
        return found;
    }

    /**
     * True when a booking of this length starting at {@code start} would be accepted: the test behind every slot the
     * calendar offers, so it never offers what the booking then refuses.
     */
    public boolean fits(ExpertSchedule s, Instant now, Instant start, int lengthMinutes, List<TimeRange> busy) {
        return rules.check(s, now, slot(start, lengthMinutes), busy).isEmpty();
    }

    /** The lengths (the expert's minimum to maximum, on the slot grid) a booking starting at {@code start} may have. */
    public List<Integer> lengthsThatFit(ExpertSchedule s, Instant now, Instant start, List<TimeRange> busy) {
        List<Integer> lengths = new ArrayList<>();
        for (int m = s.minLengthMinutes(); m <= s.maxLengthMinutes(); m += Math.max(1, s.slotMinutes())) {
            if (fits(s, now, start, m, busy)) {
                lengths.add(m);
            }
        }
        return lengths;
    }

    private TimeRange slot(Instant start, int lengthMinutes) {
        return new TimeRange(
                start, start.atZone(rules.zone()).plusMinutes(lengthMinutes).toInstant());
    }

    Optional<Instant> firstFreeOn(
            ExpertSchedule s,
            LocalDate day,
            Instant now,
            int lengthMinutes,
            List<TimeRange> busy,
            List<TimeRange> avoid) {
        for (WorkingHours h : s.hours()) {
            if (h.day() != day.getDayOfWeek()) {
                continue;
            }
            for (LocalDateTime t = day.atTime(h.start());
                    !t.plusMinutes(lengthMinutes).isAfter(day.atTime(h.end()));
                    t = t.plusMinutes(s.slotMinutes())) {
                ZonedDateTime start = t.atZone(rules.zone());
                TimeRange slot = new TimeRange(
                        start.toInstant(), start.plusMinutes(lengthMinutes).toInstant());
                if (avoid.stream().noneMatch(a -> a.conflictsWith(slot, Duration.ZERO))
                        && rules.check(s, now, slot, busy).isEmpty()) {
                    return Optional.of(slot.start());
                }
            }
        }
        return Optional.empty();
    }
}
