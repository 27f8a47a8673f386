package org.psoportal.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.projects.internal.ProjectForm;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Role;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.HEAD)
class ProjectsViewTest extends BrowserlessViewTest {

    @Autowired
    ProjectService projects;

    @Autowired
    PersonService people;

    @Test
    void cancellingAnEditedProjectAsksAndDiscardsOnlyWhenConfirmed() {
        navigate(ProjectsView.class);
        int before = projects.list().size();
        test(find(Button.class).id("new-project")).click();
        Dialog dialog = find(ProjectEditorDialog.class).single();
        test(find(TextField.class).id("project-code")).setValue("HALF-1");

        test(find(Button.class).id("project-cancel")).click();
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("discard-changes").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Discard changes?");
        test(confirm).cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).id("project-code").getValue()).isEqualTo("HALF-1");

        // Esc or a click outside asks too
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        test(find(ConfirmDialog.class).withId("discard-changes").single()).confirm();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(projects.list()).hasSize(before);
    }

    @Test
    void closingAProjectAsksNamingWhatHappensAndCancelLeavesItActive() {
        ProjectRow project = newProject();
        navigate(ProjectsView.class);

        test(closeButton(project)).click();

        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("close-project").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Close project " + project.code() + "?");
        assertThat(test(confirm).getText())
                .contains("Its open tasks stay on the board")
                .contains("not moved to another time");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Close project " + project.code());
        test(confirm).cancel();

        assertThat(status(project)).isEqualTo(ProjectStatus.ACTIVE);
    }

    @Test
    void confirmingClosesTheProject() {
        ProjectRow project = newProject();
        navigate(ProjectsView.class);

        test(closeButton(project)).click();
        test(find(ConfirmDialog.class).withId("close-project").single()).confirm();

        assertThat(status(project)).isEqualTo(ProjectStatus.CLOSED);
    }

    private ProjectRow newProject() {
        ProjectForm form = new ProjectForm();
        form.setCode("CL-" + UUID.randomUUID().toString().substring(0, 8));
        form.setName("To close");
        form.setManagerId(people.activeWithRole(Role.STAFF).getFirst().id());
        return projects.create(form);
    }

    private ProjectStatus status(ProjectRow project) {
        return projects.list().stream()
                .filter(p -> p.id() == project.id())
                .findFirst()
                .orElseThrow()
                .status();
    }

    /** The "Close" button in the project's row (the actions column holds Edit, then Close or Reopen). */
    @SuppressWarnings("unchecked")
    private Button closeButton(ProjectRow project) {
        Grid<ProjectRow> grid = find(Grid.class).single();
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == project.id()) {
                Button close = (Button)
                        test(grid).getCellComponent(i, 4).getChildren().toList().get(1);
                assertThat(close.getText()).isEqualTo("Close");
                return close;
            }
        }
        throw new AssertionError("project not in the grid: " + project.code());
    }

    @Test
    void anUnchangedProjectClosesWithoutAsking() {
        navigate(ProjectsView.class);
        test(find(Button.class).id("new-project")).click();
        Dialog dialog = find(ProjectEditorDialog.class).single();

        test(find(Button.class).id("project-cancel")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }
}
