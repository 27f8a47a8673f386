package org.psoportal.admintasks.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who watches which task ({@code admin_task_watch}): told of every change of it. */
@Component
class TaskWatchers {

    private final JdbcTemplate jdbc;

    TaskWatchers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: watching twice (a double click, two tabs) keeps one row. */
    void watch(long taskId, long personId, Instant at) {
        jdbc.update(
                "INSERT IGNORE INTO admin_task_watch (task_id, person_id, created_at) VALUES (?, ?, ?)",
                taskId,
                personId,
                Timestamp.from(at));
    }

    void unwatch(long taskId, long personId) {
        jdbc.update("DELETE FROM admin_task_watch WHERE task_id = ? AND person_id = ?", taskId, personId);
    }

    boolean watches(long taskId, long personId) {
        return !jdbc.queryForList(
                        "SELECT 1 FROM admin_task_watch WHERE task_id = ? AND person_id = ?",
                        Integer.class,
                        taskId,
                        personId)
                .isEmpty();
    }

    List<Long> of(long taskId) {
        return jdbc.queryForList(
                "SELECT person_id FROM admin_task_watch WHERE task_id = ? ORDER BY person_id", Long.class, taskId);
    }
}
