package org.psoportal.admintasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each column's positions 0..n-1 without gaps or duplicates. Callers lock the affected columns first
 * ({@link #lock}), always in enum order so two moves cannot deadlock, then renumber inside the same transaction.
 * Positions are written by SQL only, so renumbering never bumps the neighbours' versions.
 */
@Component
class BoardPositions {

    private final JdbcTemplate jdbc;

    BoardPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a card is now, read without loading it (it is loaded only after its columns are locked). */
    BoardColumn columnOf(long taskId) {
        List<String> found = jdbc.queryForList("SELECT board_column FROM admin_task WHERE id = ?", String.class,
                taskId);
        if (found.isEmpty()) {
            throw new TaskConflictException(taskId, "?");
        }
        return BoardColumn.valueOf(found.getFirst());
    }

    void lock(Collection<BoardColumn> columns) {
        for (BoardColumn c : new TreeSet<>(columns)) {
            jdbc.queryForObject("SELECT board_column FROM board_column_state WHERE board_column = ? FOR UPDATE",
                    String.class, c.name());
        }
    }

    /** The cards of a column that hold a position (not archived), in order. Call under the column's lock. */
    List<Long> order(BoardColumn column) {
        return jdbc.queryForList("SELECT id FROM admin_task WHERE board_column = ? AND archived_at IS NULL"
                + " ORDER BY position, id", Long.class, column.name());
    }

    int nextPosition(BoardColumn column) {
        Integer max = jdbc.queryForObject("SELECT MAX(position) FROM admin_task WHERE board_column = ?"
                + " AND archived_at IS NULL", Integer.class, column.name());
        return max == null ? 0 : max + 1;
    }

    void write(List<Long> order) {
        List<Object[]> args = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            args.add(new Object[] {i, order.get(i), i});
        }
        // Only rows whose position really changes are written.
        jdbc.batchUpdate("UPDATE admin_task SET position = ? WHERE id = ? AND position <> ?", args);
    }

    void renumber(BoardColumn column) {
        write(order(column));
    }
}
