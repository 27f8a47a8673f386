package org.psoportal.booking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.shared.UserMessageException;

/**
 * The times of a repeating booking, a pure function (no Spring, no database). Every occurrence keeps the first one's
 * local start time in the portal's zone, so a weekly 10:00 stays 10:00 across a daylight-saving change (its UTC
 * instant moves by an hour); a local time that does not exist on that day (the hour skipped in spring) becomes the
 * time an hour later, as {@link ZonedDateTime#of} resolves it. A monthly series counts months from the first date,
 * not from the previous occurrence: a series on the 31st falls on the last day of a shorter month (30 April,
 * 28 or 29 February) and is back on the 31st in the next long month.
 */
public final class SeriesExpansion {

    /** At most this many occurrences in one series (half a year of weekly bookings). */
    public static final int MAX_OCCURRENCES = 26;

    private final ZoneId zone;

    public SeriesExpansion(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The occurrences, first one included, each as long as {@code lengthMinutes}. Refuses (with a message naming the
     * field) fewer than 2 or more than {@link #MAX_OCCURRENCES} times, an end date before the first occurrence, or an
     * end date that would give more than {@link #MAX_OCCURRENCES} occurrences.
     */
    public List<TimeRange> expand(Instant firstStart, int lengthMinutes, SeriesPlan plan) {
        if (plan == null || plan.repetition() == null) {
            throw new UserMessageException("booking.series.repetitionRequired");
        }
        if ((plan.times() == null) == (plan.until() == null)) {
            throw new UserMessageException("booking.series.timesOrUntil");
        }
        ZonedDateTime first = firstStart.atZone(zone);
        LocalDate firstDay = first.toLocalDate();
        LocalTime localStart = first.toLocalTime();
        if (plan.times() != null && (plan.times() < 2 || plan.times() > MAX_OCCURRENCES)) {
            throw new UserMessageException("booking.series.times", MAX_OCCURRENCES);
        }
        if (plan.until() != null && !plan.until().isAfter(firstDay)) {
            throw new UserMessageException("booking.series.untilAfterFirst");
        }
        List<TimeRange> out = new ArrayList<>();
        for (int k = 0; ; k++) {
            LocalDate day = dayOf(firstDay, plan.repetition(), k);
            if (plan.times() != null ? k >= plan.times() : day.isAfter(plan.until())) {
                return out;
            }
            if (out.size() == MAX_OCCURRENCES) {
                throw new UserMessageException("booking.series.untilTooFar", MAX_OCCURRENCES);
            }
            ZonedDateTime start = ZonedDateTime.of(day, localStart, zone);
            out.add(new TimeRange(
                    start.toInstant(), start.plusMinutes(lengthMinutes).toInstant()));
        }
    }

    /** The k-th day from the first (k = 0 is the first): months are counted from the first day, see above. */
    static LocalDate dayOf(LocalDate first, Repetition repetition, int k) {
        return switch (repetition) {
            case WEEKLY -> first.plusWeeks(k);
            case EVERY_TWO_WEEKS -> first.plusWeeks(2L * k);
            // plusMonths keeps the day of month or, in a shorter month, takes its last day
            case MONTHLY -> first.plusMonths(k);
        };
    }
}
