package org.psoportal.admintasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
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
        assertThat(BoardRules.wouldExceed(3, 5, true)).as("reordering within the column").isFalse();
        assertThat(BoardRules.wouldExceed(null, 500, false)).as("no limit").isFalse();
        assertThat(BoardRules.overLimit(3, 3)).isFalse();
        assertThat(BoardRules.overLimit(3, 4)).isTrue();
        assertThat(new ColumnInfo(BoardColumn.WAITING, 3, 3).full()).isTrue();
    }

    @Test
    void placingKeepsEveryCardOnceInOrder() {
        List<Long> column = List.of(10L, 11L, 12L, 13L);
        assertThat(BoardRules.placeAt(column, 99L, 0)).containsExactly(99L, 10L, 11L, 12L, 13L);
        assertThat(BoardRules.placeAt(column, 99L, 2)).containsExactly(10L, 11L, 99L, 12L, 13L);
        assertThat(BoardRules.placeAt(column, 99L, 50)).containsExactly(10L, 11L, 12L, 13L, 99L);
        assertThat(BoardRules.placeAt(column, 99L, -3)).containsExactly(99L, 10L, 11L, 12L, 13L);
        // Within the column: the index counts the cards without the moving one.
        assertThat(BoardRules.placeAt(column, 10L, 2)).containsExactly(11L, 12L, 10L, 13L);
        assertThat(BoardRules.placeAt(column, 13L, 0)).containsExactly(13L, 10L, 11L, 12L);
    }
}
