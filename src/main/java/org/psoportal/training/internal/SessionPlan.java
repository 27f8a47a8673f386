package org.psoportal.training.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.shared.UserMessageException;

/**
 * The dates a publication makes, as a pure function: the first session at the form's local start, then one every
 * week or two at the same local time ({@link ZonedDateTime#plusWeeks} keeps the wall-clock time across a
 * daylight-saving change), each with the same length and the same distance between deadline and start.
 */
public final class SessionPlan {

    private SessionPlan() {}

    /** The form's first date only (editing one session of a series). */
    public static Occurrence first(SessionForm form, ZoneId zone) {
        return dates(form, zone, 1).getFirst();
    }

    public static List<Occurrence> occurrences(SessionForm form, ZoneId zone) {
        return dates(form, zone, form.getRepeat() == Repeat.NONE ? 1 : form.getOccurrences());
    }

    private static List<Occurrence> dates(SessionForm form, ZoneId zone, int count) {
        ZonedDateTime first = form.getStart().atZone(zone);
        LocalDateTime deadline = form.getDeadline() == null ? form.getStart() : form.getDeadline();
        if (deadline.isAfter(form.getStart())) {
            throw new UserMessageException("training.deadline.afterStart");
        }
        Duration deadlineBefore = Duration.between(deadline.atZone(zone), first);
        List<Occurrence> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ZonedDateTime start = first.plusWeeks((long) i * form.getRepeat().weeks());
            ZonedDateTime end = start.plusMinutes(form.getLengthMinutes());
            dates.add(new Occurrence(
                    start.toInstant(),
                    end.toInstant(),
                    start.minus(deadlineBefore).toInstant()));
        }
        return dates;
    }
}
