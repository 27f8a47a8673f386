package org.psoportal.servicelevels.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code sla_clock} rows, in plain SQL. Instants are stored as UTC date-times. */
@Component
class ClockRepository {

    private final NamedParameterJdbcTemplate jdbc;

    ClockRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            long taskId,
            long projectId,
            long requestTypeId,
            String typeName,
            String title,
            Long assigneeId,
            int targetMinutes,
            ClockState state,
            Instant filedAt) {
        jdbc.update(
                """
                INSERT INTO sla_clock (task_id, project_id, request_type_id, type_name, title, assignee_id,
                    target_minutes, elapsed_seconds, state, filed_at, running_since, paused_since, stopped_at)
                VALUES (:task, :project, :type, :typeName, :title, :assignee, :target, 0, :state, :filed,
                    :running, :paused, :stopped)""",
                new MapSqlParameterSource("task", taskId)
                        .addValue("project", projectId)
                        .addValue("type", requestTypeId)
                        .addValue("typeName", typeName)
                        .addValue("title", title)
                        .addValue("assignee", assigneeId)
                        .addValue("target", targetMinutes)
                        .addValue("state", state.name())
                        .addValue("filed", utc(filedAt))
                        .addValue("running", state == ClockState.RUNNING ? utc(filedAt) : null)
                        .addValue("paused", state == ClockState.PAUSED ? utc(filedAt) : null)
                        .addValue("stopped", state == ClockState.STOPPED ? utc(filedAt) : null));
    }

    /**
     * The clock of a task. Not a locking read: the board serialises the changes of one task already, and a locking
     * read of a task without a clock would lock a gap of the table against requests being filed.
     */
    Optional<ClockRow> find(long taskId) {
        return jdbc
                .query(
                        "SELECT " + ClockRow.COLUMNS + " FROM sla_clock WHERE task_id = :task",
                        new MapSqlParameterSource("task", taskId),
                        ClockRepository::row)
                .stream()
                .findFirst();
    }

    /** The clocks of these tasks (one statement). */
    List<ClockRow> of(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT " + ClockRow.COLUMNS + " FROM sla_clock WHERE task_id IN (:ids)",
                new MapSqlParameterSource("ids", taskIds),
                ClockRepository::row);
    }

    /** The running clocks that have a threshold left to note (at risk or breach). */
    List<ClockRow> runningToWatch() {
        return jdbc.query(
                "SELECT " + ClockRow.COLUMNS + " FROM sla_clock WHERE state = 'RUNNING'"
                        + " AND (at_risk_noted_at IS NULL OR breach_noted_at IS NULL)",
                ClockRepository::row);
    }

    /** Who the task is with, and what it is called, after a change. */
    void follow(long taskId, Long assigneeId, String title) {
        jdbc.update(
                "UPDATE sla_clock SET assignee_id = :assignee, title = :title WHERE task_id = :task",
                new MapSqlParameterSource("task", taskId)
                        .addValue("assignee", assigneeId)
                        .addValue("title", title));
    }

    /** Moves a clock to {@code state} at {@code now}, adding {@code addSeconds} to its elapsed time. */
    void change(long taskId, ClockState state, long addSeconds, Instant now) {
        jdbc.update(
                """
                UPDATE sla_clock SET state = :state, elapsed_seconds = elapsed_seconds + :add,
                    running_since = :running, paused_since = :paused, stopped_at = :stopped
                WHERE task_id = :task""",
                new MapSqlParameterSource("task", taskId)
                        .addValue("state", state.name())
                        .addValue("add", addSeconds)
                        .addValue("running", state == ClockState.RUNNING ? utc(now) : null)
                        .addValue("paused", state == ClockState.PAUSED ? utc(now) : null)
                        .addValue("stopped", state == ClockState.STOPPED ? utc(now) : null));
    }

    void firstResponse(long taskId, Instant at) {
        jdbc.update(
                "UPDATE sla_clock SET first_response_at = :at WHERE task_id = :task AND first_response_at IS NULL",
                new MapSqlParameterSource("task", taskId).addValue("at", utc(at)));
    }

    /** Marks the at-risk note as sent; false when another run did it first (the row's lock decides). */
    boolean markAtRisk(long taskId, Instant at) {
        return jdbc.update(
                        "UPDATE sla_clock SET at_risk_noted_at = :at WHERE task_id = :task AND at_risk_noted_at IS NULL",
                        new MapSqlParameterSource("task", taskId).addValue("at", utc(at)))
                == 1;
    }

    boolean markBreached(long taskId, Instant at) {
        return jdbc.update(
                        "UPDATE sla_clock SET breach_noted_at = :at WHERE task_id = :task AND breach_noted_at IS NULL",
                        new MapSqlParameterSource("task", taskId).addValue("at", utc(at)))
                == 1;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static ClockRow row(ResultSet rs, int i) throws SQLException {
        return new ClockRow(
                rs.getLong("task_id"),
                rs.getObject("assignee_id", Long.class),
                rs.getString("title"),
                rs.getInt("target_minutes"),
                rs.getLong("elapsed_seconds"),
                ClockState.valueOf(rs.getString("state")),
                instant(rs.getTimestamp("running_since")),
                instant(rs.getTimestamp("at_risk_noted_at")),
                instant(rs.getTimestamp("breach_noted_at")));
    }
}
