package org.psoportal.booking.internal;

import java.time.LocalDate;
import java.util.List;
import org.psoportal.experts.ExpertSchedule;

/** One expert's week: working hours and time off from the schedule, plus the bookings as blocks. */
public record WeekCalendar(LocalDate monday, ExpertSchedule schedule, List<CalendarBlock> blocks) {}
