package org.psoportal.admintasks;

import java.util.ArrayList;
import java.util.List;
import org.psoportal.security.Role;

/**
 * Who may do what on the board, and how positions and WIP limits work. Plain functions, so they are tested
 * without Spring and the services only ask.
 */
final class BoardRules {

    private BoardRules() {}

    static boolean maySee(Actor actor) {
        return actor.manages() || actor.roles().contains(Role.STAFF);
    }

    /** Managers edit anything; staff edit their own requests only while nobody has started on them. */
    static boolean mayEdit(Actor actor, long requestedById, BoardColumn column) {
        return actor.manages() || (actor.roles().contains(Role.STAFF) && requestedById == actor.personId()
                && column == BoardColumn.TODO);
    }

    static boolean mayMove(Actor actor) {
        return actor.manages();
    }

    static boolean mayAssign(Actor actor) {
        return actor.manages();
    }

    static boolean mayArchive(Actor actor) {
        return actor.manages();
    }

    static boolean maySetWipLimits(Actor actor) {
        return actor.roles().contains(Role.HEAD);
    }

    /** A move into a column that is already at (or over) its limit needs the mover's confirmation. */
    static boolean wouldExceed(Integer limit, long cardsInTarget, boolean sameColumn) {
        return limit != null && !sameColumn && cardsInTarget >= limit;
    }

    static boolean overLimit(Integer limit, long count) {
        return limit != null && count > limit;
    }

    /**
     * The new order of a column after placing {@code moving} at {@code index}: the other cards keep their order,
     * the index is clamped to the column, and the card appears exactly once.
     */
    static List<Long> placeAt(List<Long> columnOrder, long moving, int index) {
        List<Long> result = new ArrayList<>(columnOrder);
        result.remove(Long.valueOf(moving));
        int at = Math.max(0, Math.min(index, result.size()));
        result.add(at, moving);
        return result;
    }
}
