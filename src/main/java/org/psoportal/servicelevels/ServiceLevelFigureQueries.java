package org.psoportal.servicelevels;

import static org.psoportal.shared.db.SqlParams.PROJECT_FILTER;
import static org.psoportal.shared.db.SqlParams.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.security.Access;
import org.psoportal.servicelevels.ServiceLevelFigureRows.Compliance;
import org.psoportal.servicelevels.ServiceLevelFigureRows.ResponseTime;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WaitingRequest;
import org.psoportal.servicelevels.ServiceLevelFigureRows.WeekCompliance;
import org.psoportal.shared.db.SqlParams;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The service-level figures the clocks' owner publishes for the head's dashboard: aggregate queries over
 * {@code sla_clock} (docs/adr/0001), joining projects only for their codes. A clock counts in the period its request
 * was done in (stopped_at); it met its target when the working time used is within it. Date-times are UTC; the caller
 * turns the portal's local days into UTC bounds. Read-only: the caller's transaction gives one snapshot.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class ServiceLevelFigureQueries {

    /** Met: the working time used is within the target. */
    private static final String MET = " t.elapsed_seconds <= t.target_minutes * 60 ";

    private static final String STOPPED_IN = " t.state = 'STOPPED' AND t.stopped_at >= :from AND t.stopped_at < :to ";

    /** At most this many requests waiting for their requesters are listed (the longest waiting first). */
    public static final int WAITING_LIMIT = 100;

    private final NamedParameterJdbcTemplate jdbc;

    ServiceLevelFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Met and breached per request type, of the requests done in [from, to). */
    public List<Compliance> perType(LocalDateTime from, LocalDateTime to, Long projectId) {
        return jdbc.query(
                "SELECT t.request_type_id, MAX(t.type_name), SUM(" + MET + "), SUM(NOT " + MET + ")"
                        + " FROM sla_clock t WHERE" + STOPPED_IN + PROJECT_FILTER
                        + " GROUP BY t.request_type_id ORDER BY 2",
                range(from, to, projectId),
                (rs, i) -> new Compliance(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Met and breached per project, of the requests done in [from, to). */
    public List<Compliance> perProject(LocalDateTime from, LocalDateTime to, Long projectId) {
        return jdbc.query(
                "SELECT t.project_id, p.code, SUM(" + MET + "), SUM(NOT " + MET + ")"
                        + " FROM sla_clock t JOIN project p ON p.id = t.project_id WHERE" + STOPPED_IN
                        + PROJECT_FILTER + " GROUP BY t.project_id, p.code ORDER BY p.code",
                range(from, to, projectId),
                (rs, i) -> new Compliance(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * Met and breached per period between consecutive UTC boundaries (weeks starting Monday 00:00 in the portal's
     * zone; {@code starts} are those Mondays, one more than the periods), empty periods included.
     */
    public List<WeekCompliance> perWeek(List<LocalDate> starts, List<LocalDateTime> boundariesUtc, Long projectId) {
        if (boundariesUtc.size() < 2) {
            return List.of();
        }
        MapSqlParameterSource params = project(projectId);
        String periods = SqlParams.periods(params, boundariesUtc);
        List<WeekCompliance> rows = new ArrayList<>();
        jdbc.query(
                "SELECT w.seq, COALESCE(SUM(" + MET + "), 0), COALESCE(SUM(NOT " + MET + "), 0) FROM " + periods
                        + " w LEFT JOIN sla_clock t ON t.state = 'STOPPED' AND t.stopped_at >= w.start_at"
                        + " AND t.stopped_at < w.end_at" + PROJECT_FILTER + " GROUP BY w.seq ORDER BY w.seq",
                params,
                rs -> {
                    rows.add(new WeekCompliance(starts.get(rs.getInt(1)), rs.getLong(2), rs.getLong(3)));
                });
        return rows;
    }

    /**
     * The median time from filing to the first response (a comment, move or question by someone other than the
     * requester), in minutes of calendar time, of the requests filed in [from, to) that have one: first over all
     * types (key "all", label {@code allLabel}), then per type. Empty without any.
     */
    public List<ResponseTime> firstResponse(LocalDateTime from, LocalDateTime to, Long projectId, String allLabel) {
        String responded = " FROM sla_clock t WHERE t.first_response_at IS NOT NULL AND t.filed_at >= :from"
                + " AND t.filed_at < :to" + PROJECT_FILTER;
        String minutes = "TIMESTAMPDIFF(MINUTE, t.filed_at, t.first_response_at)";
        List<ResponseTime> rows = new ArrayList<>(jdbc.query(
                "SELECT DISTINCT COUNT(*) OVER (), MEDIAN(" + minutes + ") OVER ()" + responded,
                range(from, to, projectId),
                (rs, i) -> new ResponseTime("all", allLabel, rs.getLong(1), Math.round(rs.getDouble(2)))));
        rows.addAll(jdbc.query(
                "SELECT DISTINCT t.request_type_id, MAX(t.type_name) OVER (PARTITION BY t.request_type_id),"
                        + " COUNT(*) OVER (PARTITION BY t.request_type_id), MEDIAN(" + minutes
                        + ") OVER (PARTITION BY t.request_type_id)" + responded + " ORDER BY 2",
                range(from, to, projectId),
                (rs, i) -> new ResponseTime(
                        rs.getString(1), rs.getString(2), rs.getLong(3), Math.round(rs.getDouble(4)))));
        return rows;
    }

    /** The requests waiting for their requesters now (paused clocks), the longest waiting first. */
    public List<WaitingRequest> waitingForRequesters(LocalDateTime nowUtc, Long projectId) {
        return jdbc.query(
                "SELECT t.task_id, t.title, t.type_name, p.code, t.paused_since,"
                        + " TIMESTAMPDIFF(MINUTE, t.paused_since, :now)"
                        + " FROM sla_clock t JOIN project p ON p.id = t.project_id"
                        + " WHERE t.state = 'PAUSED'" + PROJECT_FILTER
                        + " ORDER BY t.paused_since LIMIT " + WAITING_LIMIT,
                project(projectId).addValue("now", nowUtc),
                (rs, i) -> new WaitingRequest(
                        rs.getLong(1),
                        rs.getString(2) == null ? "#" + rs.getLong(1) : rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDateTime.class),
                        Math.max(0, rs.getLong(6))));
    }

    private static MapSqlParameterSource range(LocalDateTime from, LocalDateTime to, Long projectId) {
        return project(projectId).addValue("from", from).addValue("to", to);
    }
}
