package org.psoportal.experts;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.psoportal.security.Access;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The capacity figures the experts' owner publishes for the head's dashboard: how many hours each active expert is
 * available per week, read from the experts' own tables (working hours minus time off). The dashboard sets them
 * beside booking's booked hours; one join over both modules' tables did the same in one statement but took 8 times
 * as long on the large organisation (benchmark "Utilisation", docs/performance.md).
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class ExpertCapacityQueries {

    /** An active expert's working hours in the week starting {@code weekStart}, days off left out. */
    public record AvailableHours(long expertId, String expertName, LocalDate weekStart, double hours)
            implements Serializable {}

    private final NamedParameterJdbcTemplate jdbc;

    ExpertCapacityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Available hours per active expert for the weeks between consecutive boundaries (UTC instants of Monday 00:00 in
     * the portal's zone; {@code firstMonday} is the first of those Mondays), by name, at most 500 rows. Available =
     * the weekly working hours of each day (ISO weekday 1..7) that is not inside a time-off period.
     */
    public List<AvailableHours> availablePerWeek(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
        MapSqlParameterSource params = new MapSqlParameterSource("monday", firstMonday);
        String weeks = SqlParams.periods(params, boundariesUtc);
        String sql = """
                SELECT e.person_id, p.full_name, w.seq,
                  COALESCE((SELECT SUM(TIME_TO_SEC(h.end_time) - TIME_TO_SEC(h.start_time))
                            FROM seq_0_to_6 d
                            JOIN expert_working_hours h ON h.expert_id = e.person_id AND h.day_of_week = d.seq + 1
                            WHERE NOT EXISTS (SELECT 1 FROM expert_time_off o
                                  WHERE o.expert_id = e.person_id
                                    AND :monday + INTERVAL (w.seq * 7 + d.seq) DAY BETWEEN o.first_day AND o.last_day)
                  ), 0) AS available
                FROM expert_profile e JOIN person p ON p.id = e.person_id CROSS JOIN """ + weeks + """
                 w
                WHERE p.active
                ORDER BY p.full_name, e.person_id, w.seq LIMIT 500""";
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new AvailableHours(
                        rs.getLong(1), rs.getString(2), firstMonday.plusWeeks(rs.getInt(3)), rs.getDouble(4) / 3600.0));
    }
}
