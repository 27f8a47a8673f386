package org.psoportal.admintasks.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far the checklists of many cards are, in one plain SQL statement: it runs behind every board page, and
 * Hibernate would translate a JPQL query with the cards' ids as a list parameter anew on every call.
 */
@Component
class ChecklistProgress {

    /** Items on a card's checklist and how many of them are done. */
    record Progress(int total, int done) {
        static final Progress NONE = new Progress(0, 0);
    }

    private final JdbcClient jdbc;

    ChecklistProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per card with a checklist; cards without one are absent. */
    Map<Long, Progress> of(Collection<Long> taskIds) {
        Map<Long, Progress> progress = new HashMap<>();
        if (taskIds.isEmpty()) {
            return progress;
        }
        jdbc.sql("""
                        SELECT task_id, COUNT(*) AS total, SUM(CASE WHEN done THEN 1 ELSE 0 END) AS done
                        FROM admin_task_checklist_item WHERE task_id IN (:ids) GROUP BY task_id
                        """).param("ids", taskIds).query(rs -> {
            progress.put(rs.getLong("task_id"), new Progress(rs.getInt("total"), rs.getInt("done")));
        });
        return progress;
    }
}
