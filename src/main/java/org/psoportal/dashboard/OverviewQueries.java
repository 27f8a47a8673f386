package org.psoportal.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.psoportal.dashboard.Figures.BookingRow;
import org.psoportal.dashboard.Figures.TaskRow;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The personal overview's lists: bounded projections for one person. */
@Component
class OverviewQueries {

    private static final String TASK_COLUMNS = """
            SELECT t.id, t.title, p.code, t.task_type, t.board_column, a.full_name, t.due_date,
                   (t.completed_at IS NULL AND t.due_date < :today) AS overdue
            FROM admin_task t JOIN project p ON p.id = t.project_id LEFT JOIN person a ON a.id = t.assignee_id
            """;
    private static final String BOOKING_COLUMNS = """
            SELECT b.id, b.expert_id, e.full_name, p.code, bb.full_name, b.start_at, b.end_at, b.topic, b.status
            FROM booking b JOIN person e ON e.id = b.expert_id JOIN project p ON p.id = b.project_id
            JOIN person bb ON bb.id = b.booked_by_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    OverviewQueries(NamedParameterJdbcTemplate jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** What someone asked the office for: open requests first (by due date), then the latest completed ones. */
    List<TaskRow> requestsOf(long personId, LocalDate today, int limit) {
        return jdbc.query(TASK_COLUMNS + """
                WHERE t.requested_by_id = :person AND t.archived_at IS NULL
                ORDER BY t.completed_at IS NOT NULL, t.due_date IS NULL, t.due_date, t.completed_at DESC, t.id DESC
                LIMIT :limit""", params(personId, today, limit), this::task);
    }

    /** An administrator's open tasks: overdue first, then by due date, undated last. */
    List<TaskRow> openTasksAssignedTo(long personId, LocalDate today, int limit) {
        return jdbc.query(TASK_COLUMNS + """
                WHERE t.assignee_id = :person AND t.completed_at IS NULL AND t.archived_at IS NULL
                ORDER BY overdue DESC, t.due_date IS NULL, t.due_date, t.id LIMIT :limit""",
                params(personId, today, limit), this::task);
    }

    /** Bookings someone made that hold time and have not ended yet. */
    List<BookingRow> upcomingBookingsBy(long personId, LocalDateTime nowUtc, int limit) {
        return jdbc.query(BOOKING_COLUMNS + """
                WHERE b.booked_by_id = :person AND""" + ExpertFigureQueries.HOLDING + """
                  AND b.end_at > :now
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", personId).addValue("now", nowUtc).addValue("limit", limit),
                booking());
    }

    /** An expert's bookings that hold time and overlap [from, to). */
    List<BookingRow> expertBookings(long expertId, LocalDateTime fromUtc, LocalDateTime toUtc, int limit) {
        return jdbc.query(BOOKING_COLUMNS + """
                WHERE b.expert_id = :person AND""" + ExpertFigureQueries.HOLDING + """
                  AND b.start_at < :to AND b.end_at > :from""" + ExpertFigureQueries.STARTS_NEAR_FROM + """
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", expertId).addValue("from", fromUtc).addValue("to", toUtc)
                        .addValue("limit", limit), booking());
    }

    /** Requests to an expert that wait for their approval and have not ended yet. */
    List<BookingRow> awaitingApproval(long expertId, LocalDateTime nowUtc, int limit) {
        return jdbc.query(BOOKING_COLUMNS + """
                WHERE b.expert_id = :person AND b.status = 'REQUESTED' AND b.end_at > :now
                ORDER BY b.start_at, b.id LIMIT :limit""",
                new MapSqlParameterSource("person", expertId).addValue("now", nowUtc).addValue("limit", limit),
                booking());
    }

    private static MapSqlParameterSource params(long personId, LocalDate today, int limit) {
        return new MapSqlParameterSource("person", personId).addValue("today", today).addValue("limit", limit);
    }

    private TaskRow task(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TaskRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, LocalDate.class), rs.getBoolean(8));
    }

    private RowMapper<BookingRow> booking() {
        return (rs, i) -> new BookingRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), SqlParams.zoned(rs.getObject(6, LocalDateTime.class), zone),
                SqlParams.zoned(rs.getObject(7, LocalDateTime.class), zone), rs.getString(8), rs.getString(9));
    }
}
