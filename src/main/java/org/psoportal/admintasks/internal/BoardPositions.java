package org.psoportal.admintasks.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.psoportal.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sparse positions: a column is ordered by (position, id), and positions leave gaps of {@link #STEP}, so a move
 * writes only the moved card's row (the midpoint of its new neighbours) however many cards the column holds. When
 * a gap is used up the column is respaced once ({@link #respace}).
 *
 * <p>Moves and new cards take a shared lock on their columns' {@code board_column_state} rows, so they run side by
 * side; a respace takes the exclusive lock, so it never interleaves with a move that computed its midpoint from the
 * old positions. Columns are locked in enum order so that two moves cannot deadlock. Positions are written by SQL
 * only, so reordering never bumps a card's version (nobody editing it gets a conflict).
 */
@Component
public class BoardPositions {

    /** Sixteen moves into the same gap before the column needs respacing; public for generators of large boards. */
    public static final long STEP = 1L << 16;

    private static final String IN_COLUMN = " FROM admin_task WHERE board_column = ? AND archived_at IS NULL";

    private final JdbcTemplate jdbc;

    BoardPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a card is now, read without loading it (it is loaded only after its columns are locked). */
    BoardColumn columnOf(long taskId) {
        List<String> found =
                jdbc.queryForList("SELECT board_column FROM admin_task WHERE id = ?", String.class, taskId);
        if (found.isEmpty()) {
            throw new NotFoundException("task", taskId);
        }
        return BoardColumn.valueOf(found.getFirst());
    }

    /** Lets moves and new cards of these columns run together, but not alongside a respace of them. */
    void lockShared(Collection<BoardColumn> columns) {
        for (BoardColumn c : new TreeSet<>(columns)) {
            jdbc.queryForObject(
                    "SELECT board_column FROM board_column_state WHERE board_column = ?" + " LOCK IN SHARE MODE",
                    String.class,
                    c.name());
        }
    }

    /** The card's row, locked: two moves of the same card run one after the other. */
    void lockCard(long taskId) {
        if (jdbc.queryForList("SELECT id FROM admin_task WHERE id = ? FOR UPDATE", Long.class, taskId)
                .isEmpty()) {
            throw new NotFoundException("task", taskId);
        }
    }

    /** A position after every card of the column (for a new card). Call under the column's shared lock. */
    long endPosition(BoardColumn column) {
        Long max = jdbc.queryForObject("SELECT MAX(position)" + IN_COLUMN, Long.class, column.name());
        return max == null ? 0 : max + STEP;
    }

    /**
     * The position that puts {@code taskId} at {@code place}, computed among the column's other cards; empty when
     * the gap there is used up (respace, then ask again). Call under the column's shared lock.
     *
     * @throws TaskConflictException when the anchor card is no longer in that column
     */
    OptionalLong positionFor(BoardPlace place, long taskId) {
        String column = place.column().name();
        return switch (place.kind()) {
            case TOP ->
                OptionalLong.of(first(column, taskId, "ASC").map(p -> p - STEP).orElse(0L));
            case END ->
                OptionalLong.of(first(column, taskId, "DESC").map(p -> p + STEP).orElse(0L));
            case BEFORE, AFTER -> {
                long anchorId = place.anchorTaskId();
                long anchor = anchorPosition(place.column(), anchorId, taskId);
                boolean before = place.kind() == BoardPlace.Kind.BEFORE;
                List<Long> neighbour = jdbc.queryForList(
                        "SELECT position" + IN_COLUMN + " AND id <> ?"
                                + (before
                                        ? " AND (position < ? OR (position = ? AND id < ?)) ORDER BY position DESC, id DESC"
                                        : " AND (position > ? OR (position = ? AND id > ?)) ORDER BY position, id")
                                + " LIMIT 1",
                        Long.class,
                        column,
                        taskId,
                        anchor,
                        anchor,
                        anchorId);
                Long other = neighbour.isEmpty() ? null : neighbour.getFirst();
                yield before
                        ? BoardRules.positionBetween(other, anchor, STEP)
                        : BoardRules.positionBetween(anchor, other, STEP);
            }
        };
    }

    void write(long taskId, long position) {
        jdbc.update("UPDATE admin_task SET position = ? WHERE id = ?", position, taskId);
    }

    /** The card's place in its column, counted from 1 (for the audit trail of a reorder). */
    int placeOf(long taskId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM admin_task t, admin_task me WHERE me.id = ?"
                        + " AND t.board_column = me.board_column AND t.archived_at IS NULL"
                        + " AND (t.position < me.position OR (t.position = me.position AND t.id <= me.id))",
                Integer.class,
                taskId);
    }

    /**
     * Gives the column's cards positions STEP apart again, in their current order: one statement, under the
     * column's exclusive lock, in a transaction of its own (the caller's move retries afterwards).
     */
    void respace(BoardColumn column) {
        jdbc.queryForObject(
                "SELECT board_column FROM board_column_state WHERE board_column = ? FOR UPDATE",
                String.class,
                column.name());
        jdbc.update(
                "UPDATE admin_task t JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY position, id) AS place" + IN_COLUMN
                        + ") ordered ON ordered.id = t.id SET t.position = ordered.place * ?",
                column.name(),
                STEP);
    }

    private Optional<Long> first(String column, long taskId, String direction) {
        return jdbc
                .queryForList(
                        "SELECT position" + IN_COLUMN + " AND id <> ? ORDER BY position " + direction + ", id "
                                + direction + " LIMIT 1",
                        Long.class,
                        column,
                        taskId)
                .stream()
                .findFirst();
    }

    private long anchorPosition(BoardColumn column, long anchorId, long taskId) {
        List<Long> found =
                jdbc.queryForList("SELECT position" + IN_COLUMN + " AND id = ?", Long.class, column.name(), anchorId);
        if (found.isEmpty() || anchorId == taskId) {
            throw new TaskConflictException(taskId, "?");
        }
        return found.getFirst();
    }
}
