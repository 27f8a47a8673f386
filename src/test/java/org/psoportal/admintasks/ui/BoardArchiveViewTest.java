package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.HistoryAction;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class BoardArchiveViewTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Test
    void archivedTasksAreSearchable() {
        long project = fixture.newProject();
        String marker = "zzarch" + project;
        long id = fixture.as(DemoAccounts.ADMINISTRATOR, () -> {
            long t = tasks.create(BoardFixture.draft(project, "Old invoice " + marker));
            board.move(t, board.card(t).version(), BoardPlace.top(BoardColumn.DONE), true);
            board.archive(t, board.card(t).version());
            return t;
        });
        navigate(BoardArchiveView.class);
        test(find(TextField.class).withId("archive-search").single()).setValue(marker);
        @SuppressWarnings("unchecked")
        Grid<TaskCard> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void anArchivedTaskIsRestoredToTheBoard() {
        long project = fixture.newProject();
        String marker = "zzrest" + project;
        long id = tasks.create(BoardFixture.draft(project, "Archived by mistake " + marker));
        board.archive(id, board.card(id).version());
        navigate(BoardArchiveView.class);
        test(find(TextField.class).withId("archive-search").single()).setValue(marker);

        @SuppressWarnings("unchecked")
        Grid<TaskCard> grid = find(Grid.class).single();
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
        Button restore = (Button) test(grid).getCellComponent(0, 6);
        assertThat(restore.getId()).hasValue("restore-" + id);
        restore.click();
        assertThat(board.card(id).archivedAt()).isNull();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::id)
                .containsExactly(id);
        assertThat(test(grid).size()).as("no longer in the archive").isZero();
        assertThat(tasks.details(id).history()).extracting(h -> h.action()).contains(HistoryAction.RESTORED);
    }

    @Test
    void staffHaveNoRestoreButton() {
        long project = fixture.newProject();
        String marker = "zzkeep" + project;
        long id = fixture.as(DemoAccounts.ADMINISTRATOR, () -> {
            long t = tasks.create(BoardFixture.draft(project, "Archived " + marker));
            board.archive(t, board.card(t).version());
            return t;
        });
        navigate(BoardArchiveView.class);
        test(find(TextField.class).withId("archive-search").single()).setValue(marker);
        @SuppressWarnings("unchecked")
        Grid<TaskCard> grid = find(Grid.class).single();
        assertThat(test(grid).getRow(0).id()).isEqualTo(id);
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText))
                .as("no Restore column")
                .doesNotContain("Restore")
                .isNotEmpty();
    }
}
