package org.psoportal.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.projects.ProjectService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.HEAD)
class ProjectsViewTest extends BrowserlessViewTest {

    @Autowired
    ProjectService projects;

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
    void anUnchangedProjectClosesWithoutAsking() {
        navigate(ProjectsView.class);
        test(find(Button.class).id("new-project")).click();
        Dialog dialog = find(ProjectEditorDialog.class).single();

        test(find(Button.class).id("project-cancel")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }
}
