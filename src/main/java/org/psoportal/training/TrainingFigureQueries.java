package org.psoportal.training;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.security.Access;
import org.psoportal.shared.db.SqlParams;
import org.psoportal.training.TrainingFigureRows.SessionFigures;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;
import org.psoportal.training.TrainingFigureRows.WaitlistDemand;
import org.psoportal.training.internal.Audience;
import org.psoportal.training.internal.RegistrationStatus;
import org.psoportal.training.internal.SessionStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The training figures the sessions' owner publishes for the head's dashboard: aggregate queries and a bounded list
 * over {@code training_session}, {@code training_session_project} and {@code training_registration}, joining people
 * only for the experts' names. Only scheduled sessions count (a cancelled one was not held and offered nothing); a
 * session belongs to the window its start lies in.
 *
 * <p>The project filter follows the registrations: with a project, seats filled, attendance, waiting people and
 * hours saved count only registrations made for that project, and sessions and seats offered are those open to
 * it (for everyone, or for it among the session's projects). Read-only: the caller's transaction gives one snapshot
 * across figures.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class TrainingFigureQueries {

    private static final String SCHEDULED = " s.status = '" + SessionStatus.SCHEDULED.name() + "' ";
    private static final String SEATED = "'" + RegistrationStatus.SEATED.name() + "'";
    private static final String WAITLISTED = "'" + RegistrationStatus.WAITLISTED.name() + "'";

    /** With a project filter, only the sessions open to that project. */
    private static final String OPEN_TO_PROJECT = " AND (:project IS NULL OR s.audience = '"
            + Audience.EVERYONE.name() + "' OR EXISTS (SELECT 1 FROM training_session_project sp"
            + " WHERE sp.session_id = s.id AND sp.project_id = :project)) ";

    /** A joined registration (r of a LEFT JOIN) that exists and was made for the filtered project, if any. */
    private static final String OF_PROJECT = " r.id IS NOT NULL AND (:project IS NULL OR r.project_id = :project) ";

    /**
     * Who counts as taught in a held session, for the hours saved: the seated people the expert marked as present,
     * and the seated people whose attendance is not marked (yet). Marked absences never count; a session whose
     * attendance nobody marked counts everyone seated, since it did take place (its start is past) and most seated
     * people come, where counting only marked attendance would show no saving at all until experts mark it.
     */
    private static final String TAUGHT = " COALESCE(r.attended, TRUE) ";

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    TrainingFigureQueries(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /**
     * The sessions held in each period between consecutive {@code days} (d0 < d1 < ..., days in the portal's zone,
     * the last one exclusive): scheduled sessions whose start lies in the period and before {@code nowUtc}. One row
     * per period, in order, zeros where none was held.
     *
     * <p>Hours saved: teaching n people together instead of one by one saves (n − 1) × the session's length, i.e.
     * n × length minus the session's own length, never below 0 (nobody or one person taught saves nothing); n is
     * the people taught as {@link #TAUGHT} says. With a project filter each person taught carries an equal share,
     * length × (n − 1) / n, so the projects' figures add up to the unfiltered one.
     */
    public List<TrainingPeriod> perPeriod(List<LocalDate> days, LocalDateTime nowUtc, Long projectId) {
        List<LocalDateTime> boundaries =
                days.stream().map(d -> SqlParams.utcStartOf(d, zone)).toList();
        MapSqlParameterSource params = SqlParams.project(projectId)
                .addValue("from", boundaries.getFirst())
                .addValue("to", boundaries.getLast())
                .addValue("now", nowUtc);
        String periods = SqlParams.periods(params, boundaries);
        String sql = """
                SELECT w.seq, COUNT(x.id), COALESCE(SUM(x.seats), 0), COALESCE(SUM(x.seated), 0),
                       COALESCE(SUM(x.attended), 0), COALESCE(SUM(x.marked), 0),
                       COALESCE(SUM(CASE WHEN x.taught_all > 0
                                         THEN x.taught * x.secs * (x.taught_all - 1) / x.taught_all
                                         ELSE 0 END), 0)
                FROM %1$s w LEFT JOIN (
                    SELECT s.id, s.start_at, s.seats, TIMESTAMPDIFF(SECOND, s.start_at, s.end_at) AS secs,
                           COUNT(CASE WHEN %2$s THEN 1 END) AS seated,
                           COUNT(CASE WHEN %2$s AND r.attended THEN 1 END) AS attended,
                           COUNT(CASE WHEN %2$s AND r.attended IS NOT NULL THEN 1 END) AS marked,
                           COUNT(CASE WHEN %2$s AND %3$s THEN 1 END) AS taught,
                           COUNT(CASE WHEN r.id IS NOT NULL AND %3$s THEN 1 END) AS taught_all
                    FROM training_session s
                    LEFT JOIN training_registration r ON r.session_id = s.id AND r.status = %4$s
                    WHERE %5$s AND s.start_at >= :from AND s.start_at < :to AND s.start_at < :now %6$s
                    GROUP BY s.id, s.start_at, s.end_at, s.seats
                ) x ON x.start_at >= w.start_at AND x.start_at < w.end_at
                GROUP BY w.seq ORDER BY w.seq""".formatted(periods, OF_PROJECT, TAUGHT, SEATED, SCHEDULED, OPEN_TO_PROJECT);
        List<TrainingPeriod> rows = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            int seq = rs.getInt(1);
            rows.add(new TrainingPeriod(
                    days.get(seq),
                    days.get(seq + 1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getDouble(7) / 3600.0));
        });
        return rows;
    }

    /**
     * People still on the waitlist of scheduled sessions starting in [from, to), per skill (empty key: sessions
     * without one), most people first: where more sessions are wanted. Counts people once per skill however many of
     * its sessions they wait for.
     */
    public List<WaitlistDemand> waitlistDemand(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        String sql = """
                SELECT COALESCE(s.skill, '') AS skill, COUNT(DISTINCT r.person_id) AS people, COUNT(*) AS places,
                       COUNT(DISTINCT s.id) AS sessions
                FROM training_session s JOIN training_registration r ON r.session_id = s.id
                WHERE %s AND s.start_at >= :from AND s.start_at < :to
                  AND r.status = %s AND %s
                GROUP BY 1 ORDER BY people DESC, places DESC, skill LIMIT 20""".formatted(SCHEDULED, WAITLISTED, OF_PROJECT);
        return jdbc.query(
                sql,
                window(fromUtc, toUtc, projectId),
                (rs, i) -> new WaitlistDemand(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * The scheduled sessions starting in [from, to) behind a figure, by start (at most {@code limit}), of one skill
     * when {@code skill} is given (empty: sessions without a skill); seated, waiting and attended count the
     * filtered project's registrations.
     */
    public List<SessionFigures> sessions(
            LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId, String skill, int limit) {
        String skillFilter = skill == null ? "" : skill.isEmpty() ? " AND s.skill IS NULL " : " AND s.skill = :skill ";
        String sql = """
                SELECT s.id, s.title, s.skill, s.expert_id, e.full_name, s.start_at, s.end_at, s.seats,
                       COUNT(CASE WHEN r.status = %1$s THEN 1 END) AS seated,
                       COUNT(CASE WHEN r.status = %2$s THEN 1 END) AS waiting,
                       COUNT(CASE WHEN r.status = %1$s AND r.attended THEN 1 END) AS attended,
                       COUNT(CASE WHEN r.status = %1$s AND r.attended IS NOT NULL THEN 1 END) AS marked
                FROM training_session s JOIN person e ON e.id = s.expert_id
                LEFT JOIN training_registration r ON r.session_id = s.id
                      AND (:project IS NULL OR r.project_id = :project)
                WHERE %3$s AND s.start_at >= :from AND s.start_at < :to %4$s %5$s
                GROUP BY s.id, s.title, s.skill, s.expert_id, e.full_name, s.start_at, s.end_at, s.seats
                ORDER BY s.start_at, s.id LIMIT :limit""".formatted(SEATED, WAITLISTED, SCHEDULED, OPEN_TO_PROJECT, skillFilter);
        return jdbc.query(
                sql,
                window(fromUtc, toUtc, projectId)
                        .addValue("skill", skill, Types.VARCHAR)
                        .addValue("limit", limit),
                (rs, i) -> new SessionFigures(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        SqlParams.zoned(rs.getObject(6, LocalDateTime.class), zone),
                        SqlParams.zoned(rs.getObject(7, LocalDateTime.class), zone),
                        rs.getInt(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(12) == 0 ? null : rs.getLong(11)));
    }

    private static MapSqlParameterSource window(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return SqlParams.project(projectId).addValue("from", fromUtc).addValue("to", toUtc);
    }
}
