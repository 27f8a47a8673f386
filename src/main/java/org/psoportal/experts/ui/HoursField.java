package org.psoportal.experts.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.psoportal.experts.WorkingHours;
import org.psoportal.shared.UserMessageException;

/** Working hours of one day as text, "09:00-12:00, 13:00-17:00": quick to type, several intervals per day. */
final class HoursField {

    private HoursField() {}

    static String format(List<WorkingHours> hours, DayOfWeek day) {
        return hours.stream()
                .filter(h -> h.day() == day)
                .map(h -> h.start() + "-" + h.end())
                .collect(Collectors.joining(", "));
    }

    static List<WorkingHours> parse(String text, DayOfWeek day) {
        List<WorkingHours> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try {
            for (String part : text.split(",")) {
                String[] ends = part.trim().split("\\s*-\\s*");
                if (ends.length != 2) {
                    throw new UserMessageException("expert.hours.invalid");
                }
                out.add(new WorkingHours(day, LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new UserMessageException("expert.hours.invalid");
        }
        return out;
    }
}
