package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class TemplateDialogFormsTest extends BrowserlessViewTest {

    @Test
    void cancellingAChangedRecurringTaskAsksFirst() {
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        test(find(TextField.class).withId("template-title").single()).setValue("Half typed");
        TemplateDialog dialog = find(TemplateDialog.class).single();

        test(find(Button.class).withId("template-cancel").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        test(find(ConfirmDialog.class).withId("discard-changes").single()).confirm();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aChangedScheduleAsksToo() {
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        test(find(IntegerField.class)
                        .withCondition(f -> "Due after (days)".equals(f.getLabel()))
                        .single())
                .setValue(9);

        test(find(Button.class).withId("template-cancel").single()).click();

        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isTrue();
    }

    @Test
    void anUnchangedRecurringTaskClosesWithoutAsking() {
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        TemplateDialog dialog = find(TemplateDialog.class).single();

        test(find(Button.class).withId("template-cancel").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }

    @Test
    void aRefusedSaveEnablesTheButtonAgain() {
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        Button save = find(Button.class).withId("template-save").single();

        test(save).click();

        assertThat(find(TextField.class).withId("template-title").single().isInvalid())
                .isTrue();
        assertThat(save.isEnabled()).isTrue();
    }

    @Test
    void anEmptyRecurringTaskFlagsItsTitleAndProjectNotItsSchedule() {
        navigate(TemplatesView.class);
        test(find(Button.class).withId("new-template").single()).click();
        test(find(Button.class).withId("template-save").single()).click();

        TextField title = find(TextField.class).withId("template-title").single();
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title.");
        ComboBox<?> project = find(ComboBox.class).withId("task-project").single();
        assertThat(project.getErrorMessage()).isEqualTo("Choose a project.");
        assertThat(find(IntegerField.class).all()).noneMatch(IntegerField::isInvalid);
        assertThat(find(Notification.class).all())
                .as("no message about the schedule")
                .isEmpty();
    }
}
