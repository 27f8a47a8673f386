package org.psoportal.experts;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One interval of an expert's working week, in local time of the portal's zone (several per day allowed). */
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

    public WorkingHours {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Working hours must end after they start");
        }
    }
}
