package org.psoportal.admintasks.internal;

import java.util.OptionalLong;
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

    /**
     * Need to know: everyone who sees the board sees each card's title and state, but its description,
     * checklist, comments, history and attachments only the requester, the assignee, administrators and the head
     * (and the project's manager, which {@link TaskAccess} adds, as it needs a lookup).
     */
    static boolean mayReadDetails(Actor actor, long requestedById, Long assigneeId) {
        return actor.manages()
                || requestedById == actor.personId()
                || (assigneeId != null && assigneeId == actor.personId());
    }

    /** Managers edit anything; staff edit their own requests only while nobody has started on them. */
    static boolean mayEdit(Actor actor, long requestedById, BoardColumn column) {
        return actor.manages()
                || (actor.roles().contains(Role.STAFF)
                        && requestedById == actor.personId()
                        && column == BoardColumn.TODO);
    }

    static boolean mayMove(Actor actor) {
        return actor.manages();
    }

    static boolean mayAssign(Actor actor) {
        return actor.manages();
    }

    /** Managers ask the requester, while no question is open and the card is not done. */
    static boolean mayAsk(Actor actor, boolean questionOpen, BoardColumn column) {
        return actor.manages() && !questionOpen && column != BoardColumn.DONE;
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
     * The position between two neighbours (either may be missing: the top or the end of the column, or an empty
     * column); empty when they are too close to fit one between them, and the column must be respaced first.
     */
    static OptionalLong positionBetween(Long previous, Long next, long step) {
        if (previous == null && next == null) {
            return OptionalLong.of(0);
        }
        if (previous == null) {
            return OptionalLong.of(next - step);
        }
        if (next == null) {
            return OptionalLong.of(previous + step);
        }
        return next - previous >= 2 ? OptionalLong.of(previous + (next - previous) / 2) : OptionalLong.empty();
    }
}
