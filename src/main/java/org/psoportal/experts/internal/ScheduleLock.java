package org.psoportal.experts.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.experts.internal.ExpertProfile.HoursRow;
import org.psoportal.experts.internal.ExpertProfile.TimeOffRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The booking path's lock on an expert: one {@code SELECT ... FOR UPDATE} of the profile row that also brings the
 * working hours and time off (as two GROUP_CONCAT columns), in the caller's transaction. Loading the profile entity
 * instead took four statements (profile, then skills, hours and time off, which the rules do not even all need)
 * and put the aggregate into Hibernate's session, to be dirty-checked before every later query of the booking.
 * The rows are turned into the schedule by the profile's own mapping ({@link ExpertProfile#schedule(long, boolean,
 * int, int, int, int, int, int, int, boolean, java.util.Collection, java.util.Collection)}), so both ways of reading
 * a schedule give the same one, time-off reasons included.
 */
@Component
public class ScheduleLock {

    /**
     * Reasons are free text, so they travel hex-encoded ('-' for none) and cannot break the concatenation. A
     * deactivated expert is not bookable, whatever the profile says (people are master data, read here in the same
     * statement).
     */
    private static final String SQL = """
            SELECT p.bookable AND (SELECT pe.active FROM person pe WHERE pe.id = p.person_id) AS bookable,
                   p.weekly_capacity_hours, p.min_notice_minutes, p.horizon_days, p.buffer_minutes,
                   p.slot_minutes, p.min_length_minutes, p.max_length_minutes, p.requires_approval,
                   (SELECT GROUP_CONCAT(CONCAT_WS(' ', h.day_of_week, h.start_time, h.end_time)
                                        ORDER BY h.day_of_week, h.start_time SEPARATOR ',')
                      FROM expert_working_hours h WHERE h.expert_id = p.person_id) AS hours,
                   (SELECT GROUP_CONCAT(CONCAT_WS(' ', o.first_day, o.last_day, COALESCE(HEX(o.reason), '-'))
                                        ORDER BY o.first_day SEPARATOR ',')
                      FROM expert_time_off o WHERE o.expert_id = p.person_id) AS time_off
            FROM expert_profile p WHERE p.person_id = ?
            FOR UPDATE
            """;

    private final JdbcTemplate jdbc;

    ScheduleLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the profile row until the transaction ends; empty when the person has no expert profile. */
    public Optional<ExpertSchedule> lock(long expertId) {
        List<ExpertSchedule> found = jdbc.query(
                SQL,
                (rs, n) -> ExpertProfile.schedule(
                        expertId,
                        rs.getBoolean("bookable"),
                        rs.getInt("weekly_capacity_hours"),
                        rs.getInt("min_notice_minutes"),
                        rs.getInt("horizon_days"),
                        rs.getInt("buffer_minutes"),
                        rs.getInt("slot_minutes"),
                        rs.getInt("min_length_minutes"),
                        rs.getInt("max_length_minutes"),
                        rs.getBoolean("requires_approval"),
                        hours(rs.getString("hours")),
                        timeOff(rs.getString("time_off"))),
                expertId);
        return found.stream().findFirst();
    }

    /** "1 09:00:00 17:00:00,2 ..." (ISO day of week, start, end). */
    static List<HoursRow> hours(String concatenated) {
        List<HoursRow> out = new ArrayList<>();
        for (String[] f : split(concatenated)) {
            out.add(new HoursRow(Integer.parseInt(f[0]), LocalTime.parse(f[1]), LocalTime.parse(f[2])));
        }
        return out;
    }

    /** "2026-12-21 2027-01-01 486F6C69646179,..." (first day, last day, hex of the reason or '-'). */
    static List<TimeOffRow> timeOff(String concatenated) {
        List<TimeOffRow> out = new ArrayList<>();
        for (String[] f : split(concatenated)) {
            String reason = f.length < 3
                    ? ""
                    : f[2].equals("-") ? null : new String(HexFormat.of().parseHex(f[2]), StandardCharsets.UTF_8);
            out.add(new TimeOffRow(LocalDate.parse(f[0]), LocalDate.parse(f[1]), reason));
        }
        return out;
    }

    private static List<String[]> split(String concatenated) {
        List<String[]> out = new ArrayList<>();
        if (concatenated != null && !concatenated.isEmpty()) {
            for (String item : concatenated.split(",")) {
                out.add(item.split(" "));
            }
        }
        return out;
    }
}
