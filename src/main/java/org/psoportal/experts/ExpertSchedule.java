package org.psoportal.experts;

import java.util.List;

/**
 * Everything the booking rules need to know about an expert: plain values, so the rules stay testable
 * without Spring or a database.
 */
public record ExpertSchedule(
        long expertId,
        boolean bookable,
        int weeklyCapacityHours,
        int minNoticeMinutes,
        int horizonDays,
        int bufferMinutes,
        int slotMinutes,
        int minLengthMinutes,
        int maxLengthMinutes,
        boolean requiresApproval,
        List<WorkingHours> hours,
        List<TimeOff> timeOff) {

    public ExpertSchedule {
        hours = List.copyOf(hours);
        timeOff = List.copyOf(timeOff);
    }
}
