package org.psoportal.largedata.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.psoportal.booking.BookingFigureRows.Utilisation;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The alternative to booking's published utilisation join, for the benchmark to compare: each module reads only its
 * own tables and the dashboard composes. Experts would publish each active expert's available hours per week (their
 * working hours minus time off); booking would publish booked hours per expert and week; the two are merged in
 * Java. Same figures as {@code BookingFigureQueries.utilisation}, in two statements instead of one.
 */
final class ComposedUtilisation {

    private final NamedParameterJdbcTemplate jdbc;

    ComposedUtilisation(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** What the experts module would publish: available seconds per active expert and week, in display order. */
    List<Available> availablePerWeek(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
        MapSqlParameterSource params = new MapSqlParameterSource("monday", firstMonday);
        String weeks = SqlParams.periods(params, boundariesUtc);
        return jdbc.query(
                """
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
                ORDER BY p.full_name, e.person_id, w.seq LIMIT 500""",
                params,
                (rs, i) -> new Available(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
    }

    /** What the booking module would publish: booked seconds per expert and week (only pairs with bookings). */
    Map<String, Double> bookedPerWeek(List<LocalDateTime> boundariesUtc) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String weeks = SqlParams.periods(params, boundariesUtc);
        Map<String, Double> booked = new HashMap<>();
        jdbc.query("""
                SELECT b.expert_id, w.seq, SUM(GREATEST(0, TIMESTAMPDIFF(SECOND,
                         GREATEST(b.start_at, w.start_at), LEAST(b.end_at, w.end_at)))) AS booked
                FROM """ + weeks + """
                 w JOIN booking b ON b.start_at < w.end_at AND b.end_at > w.start_at
                                 AND b.start_at > w.start_at - INTERVAL 2 DAY
                WHERE b.status""" + " " + BookingStatus.HOLDING_TIME_SQL + """
                GROUP BY b.expert_id, w.seq""", params, rs -> {
            booked.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getDouble(3));
        });
        return booked;
    }

    /** The dashboard's side: both published figures merged into the rows the chart draws. */
    List<Utilisation> utilisation(LocalDate firstMonday, List<LocalDateTime> boundariesUtc) {
        Map<String, Double> booked = bookedPerWeek(boundariesUtc);
        List<Utilisation> rows = new ArrayList<>();
        for (Available a : availablePerWeek(firstMonday, boundariesUtc)) {
            double bookedSeconds = booked.getOrDefault(a.expertId() + "/" + a.week(), 0.0);
            rows.add(new Utilisation(
                    a.expertId(),
                    a.name(),
                    firstMonday.plusWeeks(a.week()),
                    bookedSeconds / 3600.0,
                    a.availableSeconds() / 3600.0));
        }
        return rows;
    }

    record Available(long expertId, String name, int week, double availableSeconds) {}
}
