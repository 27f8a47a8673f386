package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class TaskDialogFormsTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Test
    void aDoubleClickOnSaveCreatesOneTask() {
        long project = fixture.newProject();
        openNewTask(project);
        test(find(TextField.class).withId("task-title").single()).setValue("Book the meeting room");
        selectProject(project);
        Button save = find(Button.class).withId("task-save").single();

        test(save).click();

        // the browser disables the button at the click, so the second click of a double click is never sent
        assertThat(save.isDisableOnClick()).isTrue();
        assertThat(save.isEnabled()).isFalse();
        assertThat(test(save).isUsable()).isFalse();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::title)
                .containsExactly("Book the meeting room");
    }

    @Test
    void aRefusedSaveEnablesTheButtonAgain() {
        long project = fixture.newProject();
        openNewTask(project);
        Button save = find(Button.class).withId("task-save").single();

        test(save).click();
        assertThat(find(TextField.class).withId("task-title").single().isInvalid())
                .isTrue();
        assertThat(save.isEnabled()).isTrue();

        test(find(TextField.class).withId("task-title").single()).setValue("Second try");
        selectProject(project);
        test(save).click();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::title)
                .containsExactly("Second try");
    }

    @Test
    void cancellingAnEditedTaskAsksAndDiscardsOnlyWhenConfirmed() {
        long project = fixture.newProject();
        openNewTask(project);
        test(find(TextField.class).withId("task-title").single()).setValue("Half typed");
        Dialog dialog = find(TaskDialog.class).single();

        test(find(Button.class).withId("task-cancel").single()).click();
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("discard-changes").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Discard changes?");
        test(confirm).cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).withId("task-title").single().getValue())
                .isEqualTo("Half typed");

        // Esc asks too
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        test(find(ConfirmDialog.class).withId("discard-changes").single()).confirm();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .isEmpty();
    }

    @Test
    void anUnchangedTaskClosesWithoutAsking() {
        long project = fixture.newProject();
        openNewTask(project);
        Dialog dialog = find(TaskDialog.class).single();

        test(find(Button.class).withId("task-cancel").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }

    private void openNewTask(long project) {
        openBoard(project);
        test(find(Button.class).withId("new-task").single()).click();
    }

    private void openBoard(long project) {
        UI.getCurrent().navigate(BoardView.class, QueryParameters.simple(Map.of("project", String.valueOf(project))));
    }

    private void selectProject(long project) {
        @SuppressWarnings("unchecked")
        ComboBox<ProjectSummary> box =
                find(ComboBox.class).withId("task-project").single();
        test(box)
                .selectItem(box.getListDataView()
                        .getItems()
                        .filter(p -> p.id() == project)
                        .findFirst()
                        .orElseThrow()
                        .label());
    }
}
