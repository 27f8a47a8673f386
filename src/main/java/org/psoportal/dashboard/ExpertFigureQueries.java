package org.psoportal.dashboard;

import static org.psoportal.dashboard.SqlParams.PROJECT_FILTER;
import static org.psoportal.dashboard.SqlParams.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.psoportal.booking.BookingStatus;
import org.psoportal.dashboard.Figures.BookingRow;
import org.psoportal.dashboard.Figures.Count;
import org.psoportal.dashboard.Figures.ProjectHours;
import org.psoportal.dashboard.Figures.UnmetDemand;
import org.psoportal.dashboard.Figures.Utilisation;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The expert figures over {@code booking}, {@code booking_refusal} and the expert profile tables. Bookings that hold
 * an expert's time are the REQUESTED and CONFIRMED ones; a booking counts with the part of it that lies inside the
 * window, so a booking across a week boundary is split between the weeks.
 */
@Component
class ExpertFigureQueries {

    static final String HOLDING = " b.status " + BookingStatus.HOLDING_TIME_SQL + " ";

    /** A request that holds time or was declined was still demand for the skill; only a cancelled one was not. */
    private static final String ASKED_FOR = BookingStatus.sqlIn(EnumSet.complementOf(EnumSet.of(
            BookingStatus.CANCELLED)));

    /**
     * A booking lies inside one day's working hours, so one that ends after :from started less than two days
     * before it. Saying so turns "start_at < :to" (every booking since the beginning) into a short index range.
     */
    static final String STARTS_NEAR_FROM = " AND b.start_at > :from - INTERVAL 2 DAY ";

    /** Seconds of a booking inside [:from, :to). */
    private static final String OVERLAP_SECONDS =
            " GREATEST(0, TIMESTAMPDIFF(SECOND, GREATEST(b.start_at, :from), LEAST(b.end_at, :to))) ";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    ExpertFigureQueries(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * Booked and available hours per active expert for the weeks between consecutive boundaries (UTC instants of
     * Monday 00:00 in the portal's zone; {@code firstMonday} is the first of those Mondays).
     * Available = the weekly working hours of each day (ISO weekday 1..7) that is not inside a time-off period.
     */
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
                            WHERE b.expert_id = e.person_id AND""" + HOLDING + """
                              AND b.start_at < w.end_at AND b.end_at > w.start_at
                              AND b.start_at > w.start_at - INTERVAL 2 DAY
                  ), 0) AS booked
                FROM expert_profile e JOIN person p ON p.id = e.person_id CROSS JOIN """ + weeks + """
                 w
                WHERE p.active
                ORDER BY p.full_name, e.person_id, w.seq LIMIT 500""";
        return jdbc.query(sql, params,
                (rs, i) -> new Utilisation(rs.getLong(1), rs.getString(2), firstMonday.plusWeeks(rs.getInt(3)),
                        rs.getDouble(5) / 3600.0, rs.getDouble(4) / 3600.0));
    }

    /** Hours booked per project inside [from, to): the projects' share of expert demand. */
    List<ProjectHours> bookedHoursPerProject(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query("""
                SELECT b.project_id, p.code, SUM(""" + OVERLAP_SECONDS + """
                ) AS secs
                FROM booking b JOIN project p ON p.id = b.project_id, (SELECT :project AS project_id) t
                WHERE""" + HOLDING + " AND b.start_at < :to AND b.end_at > :from " + STARTS_NEAR_FROM
                + " AND (t.project_id IS NULL OR b.project_id = t.project_id) " + """
                GROUP BY b.project_id, p.code ORDER BY secs DESC, p.code LIMIT 20""",
                window(fromUtc, toUtc, projectId),
                (rs, i) -> new ProjectHours(rs.getLong(1), rs.getString(2), rs.getDouble(3) / 3600.0));
    }

    /**
     * Booking requests starting in [from, to) per skill (REQUESTED, CONFIRMED or DECLINED: a declined request
     * was still demand). The booking's own skill counts; without one, the expert's skill if they have exactly one;
     * otherwise the key is empty ("not specified").
     */
    List<Count> requestedSkills(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query("""
                SELECT COALESCE(b.skill, (SELECT MIN(s.skill) FROM expert_skill s WHERE s.expert_id = b.expert_id
                                          HAVING COUNT(*) = 1), '') AS skill, COUNT(*) AS n
                FROM booking b, (SELECT :project AS project_id) t
                WHERE b.status""" + " " + ASKED_FOR + """
                  AND b.start_at >= :from AND b.start_at < :to
                  AND (t.project_id IS NULL OR b.project_id = t.project_id)
                GROUP BY 1 ORDER BY n DESC, skill LIMIT 20""", window(fromUtc, toUtc, projectId),
                (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
    }

    /** Refused booking attempts (no free slot within the horizon) in [from, to), per skill and expert. */
    List<UnmetDemand> unmetDemand(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query("""
                SELECT t.skill, t.expert_id, p.full_name, COUNT(*) AS n
                FROM booking_refusal t LEFT JOIN person p ON p.id = t.expert_id
                WHERE t.occurred_at >= :from AND t.occurred_at < :to""" + PROJECT_FILTER + """
                GROUP BY t.skill, t.expert_id, p.full_name ORDER BY n DESC, t.skill, p.full_name LIMIT 20""",
                window(fromUtc, toUtc, projectId),
                (rs, i) -> new UnmetDemand(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getLong(4)));
    }

    /** Bookings holding time that overlap [from, to), e.g. today (bounded list, by start). */
    List<BookingRow> bookingsBetween(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query("""
                SELECT b.id, b.expert_id, e.full_name, p.code, bb.full_name, b.start_at, b.end_at, b.topic, b.status
                FROM booking b JOIN person e ON e.id = b.expert_id JOIN project p ON p.id = b.project_id
                JOIN person bb ON bb.id = b.booked_by_id, (SELECT :project AS project_id) t
                WHERE""" + HOLDING + """
                  AND b.start_at < :to AND b.end_at > :from""" + STARTS_NEAR_FROM + """
                  AND (t.project_id IS NULL OR b.project_id = t.project_id)
                ORDER BY b.start_at, b.id LIMIT 50""", window(fromUtc, toUtc, projectId),
                (rs, i) -> new BookingRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), SqlParams.zoned(rs.getObject(6, LocalDateTime.class), zone),
                        SqlParams.zoned(rs.getObject(7, LocalDateTime.class), zone), rs.getString(8), rs.getString(9)));
    }

    private static MapSqlParameterSource window(LocalDateTime fromUtc,
            LocalDateTime toUtc, Long projectId) {
        return project(projectId).addValue("from", fromUtc).addValue("to", toUtc);
    }
}
