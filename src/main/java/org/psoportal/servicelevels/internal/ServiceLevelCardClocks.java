package org.psoportal.servicelevels.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.CardClocks;
import org.springframework.stereotype.Component;

/**
 * The board's clocks: one statement for all the cards of a board load; the calendar comes from memory. Called by the
 * board within its own access checks (the board's viewers see the cards' clocks).
 */
@Component
class ServiceLevelCardClocks implements CardClocks {

    private final ClockRepository clocks;
    private final CalendarStore calendars;

    ServiceLevelCardClocks(ClockRepository clocks, CalendarStore calendars) {
        this.clocks = clocks;
        this.calendars = calendars;
    }

    @Override
    public Map<Long, CardClock> clocks(Collection<Long> taskIds, Instant now) {
        Map<Long, CardClock> result = new HashMap<>();
        if (taskIds.isEmpty()) {
            return result;
        }
        WorkingCalendar calendar = calendars.current().working();
        for (ClockRow row : clocks.of(taskIds)) {
            result.put(row.taskId(), row.card(calendar, now));
        }
        return result;
    }
}
