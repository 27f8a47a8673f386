package org.psoportal.experts.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.psoportal.experts.WorkingHours;
import org.psoportal.shared.UserMessageException;

/**
 * Working hours of one day as text, "09:00-12:00, 13:00-17:00": quick to type, several intervals per day. What is
 * wrong is said per interval (the view puts it on that day's field, after the day's name).
 */
final class HoursField {

    private HoursField() {}

    static String format(List<WorkingHours> hours, DayOfWeek day) {
        return hours.stream()
                .filter(h -> h.day() == day)
                .map(h -> h.start() + "-" + h.end())
                .collect(Collectors.joining(", "));
    }

    /**
     * The intervals of {@code text}; refuses text that is not "hh:mm-hh:mm, ...", an interval that does not end after
     * it starts, and intervals that overlap, naming the interval.
     */
    static List<WorkingHours> parse(String text, DayOfWeek day) {
        List<WorkingHours> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String typed : text.split(",")) {
            String part = typed.trim();
            String[] ends = part.split("\\s*-\\s*");
            if (ends.length != 2) {
                throw new UserMessageException("expert.hours.invalid", part);
            }
            LocalTime start = time(ends[0], part);
            LocalTime end = time(ends[1], part);
            if (!end.isAfter(start)) {
                throw new UserMessageException("expert.hours.endBeforeStart", part);
            }
            out.add(new WorkingHours(day, start, end));
        }
        out.sort(Comparator.comparing(WorkingHours::start));
        for (int i = 1; i < out.size(); i++) {
            WorkingHours before = out.get(i - 1);
            WorkingHours next = out.get(i);
            if (next.start().isBefore(before.end())) {
                throw new UserMessageException("expert.hours.overlap", text(before), text(next));
            }
        }
        return out;
    }

    private static LocalTime time(String value, String part) {
        try {
            return LocalTime.parse(value.trim().length() == 4 ? "0" + value.trim() : value.trim());
        } catch (DateTimeParseException e) {
            throw new UserMessageException("expert.hours.invalid", part);
        }
    }

    private static String text(WorkingHours h) {
        return h.start() + "-" + h.end();
    }
}
