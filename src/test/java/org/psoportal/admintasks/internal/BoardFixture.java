package org.psoportal.admintasks.internal;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.psoportal.testsupport.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Test rows of our own (a fresh project per test) and running code as a demo account on any thread. */
@Component
public class BoardFixture {

    private final JdbcTemplate jdbc;
    private final RunAs runAs;

    BoardFixture(JdbcTemplate jdbc, RunAs runAs) {
        this.jdbc = jdbc;
        this.runAs = runAs;
    }

    public long newProject() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long manager = personId("staff@pso.example");
        jdbc.update(
                "INSERT INTO project (code, name, manager_id, status) VALUES (?, ?, ?, 'ACTIVE')",
                code,
                "Test " + code,
                manager);
        return jdbc.queryForObject("SELECT id FROM project WHERE code = ?", Long.class, code);
    }

    public long personId(String email) {
        return jdbc.queryForObject("SELECT id FROM person WHERE email = ?", Long.class, email);
    }

    public static TaskDraft draft(long projectId, String title) {
        return new TaskDraft(
                title,
                "desc",
                TaskType.EXPENSES,
                projectId,
                null,
                Priority.NORMAL,
                LocalDate.now().plusDays(5));
    }

    public <T> T as(String email, Supplier<T> work) {
        return runAs.call(email, work);
    }

    public void asRun(String email, Runnable work) {
        runAs.run(email, work);
    }

    /**
     * The project's cards have distinct positions in every column (sparse: gaps are fine), so the board's order is
     * the order the moves asked for and not decided by ids. (Only cards moved into one gap at the same instant may
     * share one; tests with one mover at a time never do.)
     */
    public void assertPositionsOrdered(long project) {
        for (BoardColumn c : BoardColumn.values()) {
            var positions = jdbc.queryForList(
                    "SELECT position FROM admin_task WHERE board_column = ? AND archived_at"
                            + " IS NULL AND project_id = ? ORDER BY position",
                    Long.class,
                    c.name(),
                    project);
            if (positions.stream().distinct().count() != positions.size()) {
                throw new AssertionError(c + " has cards sharing a position: " + positions);
            }
        }
    }
}
