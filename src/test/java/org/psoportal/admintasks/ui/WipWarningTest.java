package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class WipWarningTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Test
    void aColumnAlreadyOverItsLimitSaysHowManyItHolds() {
        BoardColumn column = BoardColumn.WAITING;
        Integer previous = board.columnInfos().get(column).wipLimit();
        long project = fixture.newProject();
        try {
            fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(column, null));
            while (board.columnInfos().get(column).count() < 2) {
                long filler = tasks.create(BoardFixture.draft(project, "Filler"));
                board.move(filler, board.card(filler).version(), BoardPlace.top(column), false);
            }
            long holds = board.columnInfos().get(column).count();
            // the limit was lowered below what the column holds
            fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(column, (int) holds - 1));
            long id = tasks.create(BoardFixture.draft(project, "One more"));
            BoardView view = navigate(BoardView.class);

            new BoardMover(board, view, columns -> {}, (card, target) -> {})
                    .move(board.card(id), BoardPlace.top(column), true);

            ConfirmDialog confirm =
                    find(ConfirmDialog.class).withId("wip-confirm").single();
            assertThat(test(confirm).getText())
                    .startsWith("The column Waiting already holds " + holds + " of " + (holds - 1) + " cards.");
            assertThat(board.card(id).column()).isEqualTo(BoardColumn.TODO);
        } finally {
            fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(column, previous));
        }
    }
}
