package org.psoportal.admintasks;

import static org.psoportal.shared.db.SqlParams.PROJECT_FILTER;
import static org.psoportal.shared.db.SqlParams.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.psoportal.admintasks.TaskFigureRows.CycleTime;
import org.psoportal.admintasks.TaskFigureRows.ProjectLoad;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.admintasks.TaskFigureRows.WeekFlow;
import org.psoportal.admintasks.TaskFigureRows.Workload;
import org.psoportal.security.Access;
import org.psoportal.shared.Count;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The admin-task figures the tasks' owner publishes, for the head's dashboard and everyone's overview: each one
 * aggregate query or bounded projection over {@code admin_task} (docs/adr/0001), joining people and projects only
 * for names and codes. A task is open while {@code completed_at} is NULL. Date-times are UTC; the caller turns the
 * portal's local days into UTC bounds. Read-only: the caller's transaction gives one snapshot across figures.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class TaskFigureQueries {

    private static final String OPEN = " t.completed_at IS NULL AND t.archived_at IS NULL ";

    private static final String TASK_COLUMNS = """
            SELECT t.id, t.title, p.code, t.task_type, t.board_column, a.full_name, t.due_date,
                   (t.completed_at IS NULL AND t.due_date < :today) AS overdue
            FROM admin_task t JOIN project p ON p.id = t.project_id LEFT JOIN person a ON a.id = t.assignee_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TaskFigureQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Open tasks per board column (only columns that have some). */
    public List<Count> openPerColumn(Long projectId) {
        return jdbc.query(
                "SELECT t.board_column, COUNT(*) AS n FROM admin_task t WHERE" + OPEN + PROJECT_FILTER
                        + " GROUP BY t.board_column",
                project(projectId),
                (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
    }

    /** Open tasks whose due date lies before today, per project (most first). */
    public List<Count> overduePerProject(LocalDate today, Long projectId) {
        return jdbc.query(
                """
                SELECT t.project_id, p.code, COUNT(*) AS n
                FROM admin_task t JOIN project p ON p.id = t.project_id
                WHERE""" + OPEN + " AND t.due_date < :today " + PROJECT_FILTER + """
                GROUP BY t.project_id, p.code ORDER BY n DESC, p.code LIMIT 30""",
                project(projectId).addValue("today", today),
                (rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * Tasks created and completed per week, one row per period between consecutive boundaries (UTC instants of
     * Monday 00:00 in the portal's zone), empty weeks included. One index range scan per date column, each row put
     * in its week by a CASE over the boundaries (a correlated COUNT per week took a second on 200,000 tasks:
     * docs/performance.md).
     */
    public List<WeekFlow> weeklyFlow(LocalDate firstWeekStart, List<LocalDateTime> boundariesUtc, Long projectId) {
        MapSqlParameterSource params = project(projectId);
        int weeks = boundariesUtc.size() - 1;
        for (int i = 0; i <= weeks; i++) {
            params.addValue("b" + i, boundariesUtc.get(i));
        }
        String sql = "SELECT x.seq, SUM(x.created), SUM(x.completed) FROM ("
                + "SELECT " + week("t.created_at", weeks) + " AS seq, 1 AS created, 0 AS completed FROM admin_task t"
                + " WHERE t.created_at >= :b0 AND t.created_at < :b" + weeks + PROJECT_FILTER
                + " UNION ALL SELECT " + week("t.completed_at", weeks) + ", 0, 1 FROM admin_task t"
                + " WHERE t.completed_at >= :b0 AND t.completed_at < :b" + weeks + PROJECT_FILTER
                + ") x GROUP BY x.seq";
        long[][] counts = new long[weeks][2];
        jdbc.query(sql, params, rs -> {
            counts[rs.getInt(1)][0] = rs.getLong(2);
            counts[rs.getInt(1)][1] = rs.getLong(3);
        });
        List<WeekFlow> flow = new java.util.ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            flow.add(new WeekFlow(firstWeekStart.plusWeeks(i), counts[i][0], counts[i][1]));
        }
        return flow;
    }

    /** The index of the week (between boundaries :b0 .. :bN) a date-time lies in. */
    private static String week(String column, int weeks) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < weeks; i++) {
            sql.append(" WHEN ")
                    .append(column)
                    .append(" < :b")
                    .append(i)
                    .append(" THEN ")
                    .append(i - 1);
        }
        return sql.append(" ELSE ").append(weeks - 1).append(" END").toString();
    }

    /** Median and 85th percentile (interpolated) of the cycle time of tasks completed in [from, to), per type. */
    public List<CycleTime> cycleTimes(LocalDateTime fromUtc, LocalDateTime toUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT DISTINCT x.task_type,
                  COUNT(*) OVER (PARTITION BY x.task_type) AS n,
                  PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY x.secs) OVER (PARTITION BY x.task_type) AS median,
                  PERCENTILE_CONT(0.85) WITHIN GROUP (ORDER BY x.secs) OVER (PARTITION BY x.task_type) AS p85
                FROM (SELECT t.task_type, TIMESTAMPDIFF(SECOND, t.created_at, t.completed_at) AS secs
                      FROM admin_task t
                      WHERE t.completed_at >= :from AND t.completed_at < :to""" + PROJECT_FILTER + """
                ) x ORDER BY x.task_type""",
                project(projectId).addValue("from", fromUtc).addValue("to", toUtc),
                (rs, i) -> new CycleTime(
                        rs.getString(1), rs.getLong(2), rs.getDouble(3) / 86400.0, rs.getDouble(4) / 86400.0));
    }

    /**
     * Open tasks per assignee, "not assigned" as a NULL assignee; every active administrator appears, with 0 if
     * idle, because an idle administrator is part of the workload picture.
     */
    public List<Workload> workload(Long projectId) {
        return jdbc.query(
                """
                SELECT a.assignee_id, p.full_name, COALESCE(c.n, 0) AS n
                FROM (SELECT r.person_id AS assignee_id FROM person_role r JOIN person pp ON pp.id = r.person_id
                      WHERE r.role = 'ADMINISTRATOR' AND pp.active
                      UNION SELECT t.assignee_id FROM admin_task t WHERE""" + OPEN + PROJECT_FILTER + """
                ) a
                LEFT JOIN (SELECT t.assignee_id, COUNT(*) AS n FROM admin_task t WHERE""" + OPEN + PROJECT_FILTER + """
                           GROUP BY t.assignee_id) c ON c.assignee_id <=> a.assignee_id
                LEFT JOIN person p ON p.id = a.assignee_id
                ORDER BY n DESC, a.assignee_id IS NULL DESC, p.full_name LIMIT 40""",
                project(projectId),
                (rs, i) -> new Workload(rs.getObject(1, Long.class), rs.getString(2), rs.getLong(3)));
    }

    /** Open tasks per project, split by column; the 20 busiest projects. */
    public List<ProjectLoad> openPerProject(Long projectId) {
        return jdbc.query(
                """
                SELECT t.project_id, p.code,
                  SUM(t.board_column = 'TODO'), SUM(t.board_column = 'IN_PROGRESS'), SUM(t.board_column = 'WAITING')
                FROM admin_task t JOIN project p ON p.id = t.project_id
                WHERE""" + OPEN + PROJECT_FILTER + """
                GROUP BY t.project_id, p.code ORDER BY COUNT(*) DESC, p.code LIMIT 20""",
                project(projectId),
                (rs, i) ->
                        new ProjectLoad(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** Open tasks by age in whole days at {@code nowUtc}, bucket keys 0-2, 3-7, 8-14, 15-30, 31+ (empty ones absent). */
    public List<Count> ageBuckets(LocalDateTime nowUtc, Long projectId) {
        return jdbc.query(
                """
                SELECT b.bucket, COUNT(*) FROM (
                  SELECT CASE WHEN d <= 2 THEN '0-2' WHEN d <= 7 THEN '3-7' WHEN d <= 14 THEN '8-14'
                              WHEN d <= 30 THEN '15-30' ELSE '31+' END AS bucket
                  FROM (SELECT TIMESTAMPDIFF(DAY, t.created_at, :now) AS d FROM admin_task t
                        WHERE""" + OPEN + PROJECT_FILTER + """
                  ) ages) b GROUP BY b.bucket""",
                project(projectId).addValue("now", nowUtc),
                (rs, i) -> new Count(rs.getString(1), rs.getString(1), rs.getLong(2)));
    }

    /** Open tasks due on the given day (bounded list, most urgent first). */
    public List<TaskRow> dueOn(LocalDate day, Long projectId) {
        return jdbc.query(
                """
                SELECT t.id, t.title, p.code, t.task_type, t.board_column, a.full_name, t.due_date
                FROM admin_task t JOIN project p ON p.id = t.project_id LEFT JOIN person a ON a.id = t.assignee_id
                WHERE""" + OPEN + " AND t.due_date = :day " + PROJECT_FILTER + """
                ORDER BY FIELD(t.priority, 'URGENT', 'HIGH', 'NORMAL', 'LOW'), t.id LIMIT 50""",
                project(projectId).addValue("day", day),
                (rs, i) -> new TaskRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        false));
    }

    /** What someone asked the office for: open requests first (by due date), then the latest completed ones. */
    @PreAuthorize(Access.SELF_OR_HEAD)
    public List<TaskRow> requestsOf(long personId, LocalDate today, int limit) {
        return jdbc.query(TASK_COLUMNS + """
                WHERE t.requested_by_id = :person AND t.archived_at IS NULL
                ORDER BY t.completed_at IS NOT NULL, t.due_date IS NULL, t.due_date, t.completed_at DESC, t.id DESC
                LIMIT :limit""", params(personId, today, limit), this::task);
    }

    /** An administrator's open tasks: overdue first, then by due date, undated last. */
    @PreAuthorize(Access.SELF_OR_HEAD)
    public List<TaskRow> openTasksAssignedTo(long personId, LocalDate today, int limit) {
        return jdbc.query(TASK_COLUMNS + """
                WHERE t.assignee_id = :person AND t.completed_at IS NULL AND t.archived_at IS NULL
                ORDER BY overdue DESC, t.due_date IS NULL, t.due_date, t.id LIMIT :limit""", params(personId, today, limit), this::task);
    }

    private static MapSqlParameterSource params(long personId, LocalDate today, int limit) {
        return new MapSqlParameterSource("person", personId)
                .addValue("today", today)
                .addValue("limit", limit);
    }

    private TaskRow task(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new TaskRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getBoolean(8));
    }
}
