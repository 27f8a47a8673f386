package org.psoportal.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
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
        LocalDate today = now.atZone(rules.zone()).toLocalDate();
        for (int d = 0; d <= s.horizonDays(); d++) {
            Optional<Instant> found = firstFreeOn(s, today.plusDays(d), now, lengthMinutes, busy);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    Optional<Instant> firstFreeOn(
            ExpertSchedule s, LocalDate day, Instant now, int lengthMinutes, List<TimeRange> busy) {
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
                if (rules.check(s, now, slot, busy).isEmpty()) {
                    return Optional.of(slot.start());
                }
            }
        }
        return Optional.empty();
    }
}
