package org.psoportal.dashboard.internal;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The days a dashboard figure looks at, first to last inclusive, in the portal's time zone. */
public record DashboardPeriod(Kind kind, LocalDate from, LocalDate to) implements Serializable {

    public enum Kind {
        THIS_WEEK,
        LAST_30_DAYS,
        THIS_QUARTER,
        CUSTOM
    }

    public DashboardPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts: " + from + " .. " + to);
        }
    }

    public static DashboardPeriod of(Kind kind, LocalDate today) {
        return switch (kind) {
            case THIS_WEEK ->
                new DashboardPeriod(kind, weekStart(today), weekStart(today).plusDays(6));
            case LAST_30_DAYS -> new DashboardPeriod(kind, today.minusDays(29), today);
            case THIS_QUARTER -> {
                LocalDate first = today.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new DashboardPeriod(kind, first, first.plusMonths(3).minusDays(1));
            }
            case CUSTOM -> new DashboardPeriod(kind, today, today);
        };
    }

    public static DashboardPeriod custom(LocalDate from, LocalDate to) {
        return new DashboardPeriod(Kind.CUSTOM, from, to);
    }

    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Periods up to this many weeks are cut into weeks, longer ones into months: at most about 26 bars a chart. */
    static final int MOST_WEEKS = 26;

    /**
     * The period cut into steps for figures per week: its first day, each Monday inside it and the day after it
     * (so the first and last week may be partial). A period of more than {@link #MOST_WEEKS} weeks is cut at the
     * first of each month instead.
     */
    public List<LocalDate> steps() {
        boolean weeks = !from.plusWeeks(MOST_WEEKS).isBefore(endExclusive());
        List<LocalDate> days = new ArrayList<>();
        days.add(from);
        LocalDate next = weeks
                ? from.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : from.with(TemporalAdjusters.firstDayOfNextMonth());
        while (next.isBefore(endExclusive())) {
            days.add(next);
            next = weeks ? next.plusWeeks(1) : next.plusMonths(1);
        }
        days.add(endExclusive());
        return days;
    }

    /** The first day after the period: periods are half-open [from, to + 1 day) in queries. */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }
}
