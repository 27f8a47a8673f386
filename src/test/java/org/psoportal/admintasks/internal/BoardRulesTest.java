package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.psoportal.security.Role;

class BoardRulesTest {

    private static final Actor STAFF = new Actor(1, EnumSet.of(Role.STAFF));
    private static final Actor ADMIN = new Actor(2, EnumSet.of(Role.ADMINISTRATOR));
    private static final Actor HEAD = new Actor(3, EnumSet.of(Role.HEAD));
    private static final Actor EXPERT = new Actor(4, EnumSet.of(Role.EXPERT));

    @Test
    void onlyAdministratorsAndHeadMoveAssignAndArchive() {
        assertThat(BoardRules.mayMove(ADMIN)).isTrue();
        assertThat(BoardRules.mayMove(HEAD)).isTrue();
        assertThat(BoardRules.mayMove(STAFF)).isFalse();
        assertThat(BoardRules.mayMove(EXPERT)).isFalse();
        assertThat(BoardRules.mayAssign(STAFF)).isFalse();
        assertThat(BoardRules.mayArchive(STAFF)).isFalse();
        assertThat(BoardRules.mayArchive(ADMIN)).isTrue();
    }

    @Test
    void detailsAreForTheRequesterTheAssigneeAdministratorsAndTheHeadOnly() {
        assertThat(BoardRules.mayReadDetails(STAFF, 1, null)).as("requester").isTrue();
        assertThat(BoardRules.mayReadDetails(STAFF, 9, 1L)).as("assignee").isTrue();
        assertThat(BoardRules.mayReadDetails(STAFF, 9, 8L)).as("someone else's").isFalse();
        assertThat(BoardRules.mayReadDetails(ADMIN, 9, null)).isTrue();
        assertThat(BoardRules.mayReadDetails(HEAD, 9, null)).isTrue();
        assertThat(BoardRules.mayReadDetails(EXPERT, 9, null)).isFalse();
    }

    @Test
    void staffEditOnlyTheirOwnRequestsWhileInToDo() {
        assertThat(BoardRules.mayEdit(STAFF, 1, BoardColumn.TODO)).isTrue();
        assertThat(BoardRules.mayEdit(STAFF, 1, BoardColumn.IN_PROGRESS)).isFalse();
        assertThat(BoardRules.mayEdit(STAFF, 99, BoardColumn.TODO)).isFalse();
        assertThat(BoardRules.mayEdit(ADMIN, 99, BoardColumn.WAITING)).isTrue();
        assertThat(BoardRules.mayEdit(HEAD, 99, BoardColumn.DONE)).isTrue();
        assertThat(BoardRules.mayEdit(EXPERT, 4, BoardColumn.TODO)).isFalse();
    }

    @Test
    void onlyTheHeadSetsWipLimits() {
        assertThat(BoardRules.maySetWipLimits(HEAD)).isTrue();
        assertThat(BoardRules.maySetWipLimits(ADMIN)).isFalse();
        assertThat(BoardRules.maySetWipLimits(STAFF)).isFalse();
    }

    @Test
    void seeingTheBoardNeedsStaffAdministratorOrHead() {
        assertThat(BoardRules.maySee(STAFF)).isTrue();
        assertThat(BoardRules.maySee(EXPERT)).isFalse();
    }

    @Test
    void movingIntoAFullColumnNeedsConfirmation() {
        assertThat(BoardRules.wouldExceed(3, 2, false)).isFalse();
        assertThat(BoardRules.wouldExceed(3, 3, false)).isTrue();
        assertThat(BoardRules.wouldExceed(3, 5, false)).isTrue();
        assertThat(BoardRules.wouldExceed(3, 5, true))
                .as("reordering within the column")
                .isFalse();
        assertThat(BoardRules.wouldExceed(null, 500, false)).as("no limit").isFalse();
        assertThat(BoardRules.overLimit(3, 3)).isFalse();
        assertThat(BoardRules.overLimit(3, 4)).isTrue();
        assertThat(new ColumnInfo(BoardColumn.WAITING, 3, 3).full()).isTrue();
    }

    @Test
    void aMovedCardGoesHalfWayBetweenItsNewNeighbours() {
        long step = 1 << 16;
        assertThat(BoardRules.positionBetween(null, null, step))
                .as("empty column")
                .hasValue(0);
        assertThat(BoardRules.positionBetween(null, 0L, step)).as("top").hasValue(-step);
        assertThat(BoardRules.positionBetween(5 * step, null, step)).as("end").hasValue(6 * step);
        assertThat(BoardRules.positionBetween(step, 2 * step, step)).hasValue(step + step / 2);
        assertThat(BoardRules.positionBetween(-10L, 10L, step)).hasValue(0);
        assertThat(BoardRules.positionBetween(7L, 9L, step)).hasValue(8);
        assertThat(BoardRules.positionBetween(7L, 8L, step))
                .as("no room: respace first")
                .isEmpty();
        assertThat(BoardRules.positionBetween(7L, 7L, step))
                .as("tied neighbours")
                .isEmpty();
    }

    @Test
    void sixteenMovesIntoTheSameGapFitBeforeARespace() {
        long step = 1 << 16;
        long previous = 0;
        long next = step;
        for (int i = 0; i < 16; i++) {
            java.util.OptionalLong between = BoardRules.positionBetween(previous, next, step);
            assertThat(between).as("move %d", i + 1).isPresent();
            assertThat(between.getAsLong()).isStrictlyBetween(previous, next);
            next = between.getAsLong();
        }
        assertThat(BoardRules.positionBetween(previous, next, step)).isEmpty();
    }
}
