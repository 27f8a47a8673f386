package org.psoportal.servicelevels.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the office calendar ({@code office_calendar}, {@code office_holiday}), and keeps the current one in
 * memory: the board asks for it on every load and must not pay two statements each time. Loaded when the portal is
 * ready, reloaded at once on this instance after a change and in the background every minute (so other instances
 * see a change within a minute); a read never waits for a reload once the first load is done.
 */
@Component
public class CalendarStore {

    private static final String KEY = "calendar";

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final LoadingCache<String, OfficeCalendar> cache;

    CalendarStore(JdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.cache = Caffeine.newBuilder()
                .maximumSize(1)
                .refreshAfterWrite(Duration.ofMinutes(1))
                .build(k -> load());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        cache.get(KEY);
    }

    /** The current calendar (from memory). */
    public OfficeCalendar current() {
        return cache.get(KEY);
    }

    /** Forgets the calendar in memory and loads it again (after a change, once it is committed). */
    void reload() {
        cache.put(KEY, load());
    }

    /** The calendar as stored now. */
    OfficeCalendar load() {
        record Row(Set<DayOfWeek> days, LocalTime start, LocalTime end, long version) {}
        Row row = jdbc.queryForObject(
                "SELECT working_days, day_start, day_end, version FROM office_calendar WHERE id = 1",
                (rs, i) -> new Row(
                        days(rs.getString(1)),
                        rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class),
                        rs.getLong(4)));
        List<Holiday> holidays = jdbc.query(
                "SELECT holiday_date, name FROM office_holiday ORDER BY holiday_date",
                (rs, i) -> new Holiday(rs.getObject(1, java.time.LocalDate.class), rs.getString(2)));
        return new OfficeCalendar(row.days(), row.start(), row.end(), holidays, row.version(), zone);
    }

    /** Writes days and hours if the row still has {@code expectedVersion}; false when someone saved first. */
    boolean saveHours(Set<DayOfWeek> days, LocalTime start, LocalTime end, long expectedVersion) {
        return jdbc.update(
                        "UPDATE office_calendar SET working_days = ?, day_start = ?, day_end = ?, version = version + 1,"
                                + " updated_at = UTC_TIMESTAMP(6) WHERE id = 1 AND version = ?",
                        daysText(days),
                        Time.valueOf(start),
                        Time.valueOf(end),
                        expectedVersion)
                == 1;
    }

    /** Adds a holiday; false when the date has one already. */
    boolean addHoliday(Holiday holiday) {
        return jdbc.update(
                        "INSERT IGNORE INTO office_holiday (holiday_date, name) VALUES (?, ?)",
                        holiday.date(),
                        holiday.name())
                == 1;
    }

    boolean removeHoliday(java.time.LocalDate date) {
        return jdbc.update("DELETE FROM office_holiday WHERE holiday_date = ?", date) == 1;
    }

    boolean hasHolidays() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM office_holiday", Integer.class);
        return n != null && n > 0;
    }

    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(s -> days.add(DayOfWeek.of(Integer.parseInt(s))));
        return days;
    }

    static String daysText(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
    }
}
