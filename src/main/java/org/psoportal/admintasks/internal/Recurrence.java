package org.psoportal.admintasks.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A template's schedule: monthly on day N (clamped to short months, so "31" is the last day of February and
 * again the 31st of March), weekly on a weekday, or every N days.
 */
public record Recurrence(ScheduleKind kind, Integer dayOfMonth, DayOfWeek dayOfWeek, Integer intervalDays) {

    public Recurrence {
        boolean valid = switch (kind) {
            case MONTHLY -> dayOfMonth != null && dayOfMonth >= 1 && dayOfMonth <= 31;
            case WEEKLY -> dayOfWeek != null;
            case EVERY_N_DAYS -> intervalDays != null && intervalDays >= 1 && intervalDays <= 365;
        };
        if (!valid) {
            throw new org.psoportal.shared.UserMessageException("template.invalid");
        }
    }

    public static Recurrence monthly(int day) {
        return new Recurrence(ScheduleKind.MONTHLY, day, null, null);
    }

    public static Recurrence weekly(DayOfWeek day) {
        return new Recurrence(ScheduleKind.WEEKLY, null, day, null);
    }

    public static Recurrence everyDays(int days) {
        return new Recurrence(ScheduleKind.EVERY_N_DAYS, null, null, days);
    }

    /** The first occurrence on or after {@code date} (for a new template's first run). */
    public LocalDate firstOnOrAfter(LocalDate date) {
        return switch (kind) {
            case MONTHLY -> {
                LocalDate inMonth = clamped(YearMonth.from(date));
                yield inMonth.isBefore(date) ? clamped(YearMonth.from(date).plusMonths(1)) : inMonth;
            }
            case WEEKLY -> date.with(TemporalAdjusters.nextOrSame(dayOfWeek));
            case EVERY_N_DAYS -> date;
        };
    }

    /** The occurrence after {@code occurrence}. */
    public LocalDate next(LocalDate occurrence) {
        return switch (kind) {
            case MONTHLY -> {
                LocalDate inMonth = clamped(YearMonth.from(occurrence));
                yield inMonth.isAfter(occurrence)
                        ? inMonth
                        : clamped(YearMonth.from(occurrence).plusMonths(1));
            }
            case WEEKLY -> occurrence.with(TemporalAdjusters.next(dayOfWeek));
            case EVERY_N_DAYS -> occurrence.plusDays(intervalDays);
        };
    }

    /** The latest occurrence from {@code due} up to {@code today}: missed runs collapse into this one. */
    public LocalDate latestDue(LocalDate due, LocalDate today) {
        LocalDate occurrence = due;
        for (LocalDate n = next(occurrence); !n.isAfter(today); n = next(n)) {
            occurrence = n;
        }
        return occurrence;
    }

    private LocalDate clamped(YearMonth month) {
        return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
    }
}
