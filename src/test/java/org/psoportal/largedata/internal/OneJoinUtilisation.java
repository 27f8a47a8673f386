package org.psoportal.largedata.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.dashboard.internal.Utilisation;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The alternative to composing utilisation from each module's own figures, for the benchmark to compare: one
 * statement joining the bookings with the experts' schedule tables (how booking published it before). It names
 * another module's tables, which only a clear speed gain would justify; the benchmark shows it is slower.
 */
final class OneJoinUtilisation {

    private final NamedParameterJdbcTemplate jdbc;

    OneJoinUtilisation(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    List<Utilisation> utilisation(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
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
                  ), 0) AS available,
                  COALESCE((SELECT SUM(GREATEST(0, TIMESTAMPDIFF(SECOND,
                                GREATEST(b.start_at, w.start_at), LEAST(b.end_at, w.end_at))))
                            FROM booking b
                            WHERE b.expert_id = e.person_id AND b.status""" + " " + BookingStatus.HOLDING_TIME_SQL + """
                              AND b.start_at < w.end_at AND b.end_at > w.start_at
                              AND b.start_at > w.start_at - INTERVAL 2 DAY
                  ), 0) AS booked
                FROM expert_profile e JOIN person p ON p.id = e.person_id CROSS JOIN """ + weeks + """
                 w
                WHERE p.active
                ORDER BY p.full_name, e.person_id, w.seq LIMIT 500""";
        return jdbc.query(
                sql,
                params,
                (rs, i) -> new Utilisation(
                        rs.getLong(1),
                        rs.getString(2),
                        firstMonday.plusWeeks(rs.getInt(3)),
                        rs.getDouble(5) / 3600.0,
                        rs.getDouble(4) / 3600.0));
    }
}
