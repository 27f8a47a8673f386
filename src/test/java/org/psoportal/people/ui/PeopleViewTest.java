package org.psoportal.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.Role;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.HEAD)
class PeopleViewTest extends BrowserlessViewTest {

    @Autowired
    PersonService people;

    @SuppressWarnings("unchecked")
    private Grid<PersonRow> grid() {
        return find(Grid.class).single();
    }

    @Test
    void searchFiltersTheLazyGrid() {
        navigate(PeopleView.class);
        test(grid()).size();
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(30);

        test(find(TextField.class).withPlaceholder("Search name or e-mail").single())
                .setValue("sandberg");

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).email()).isEqualTo(DemoAccounts.STAFF);
    }

    @Test
    void theFormShowsClearValidationMessages() {
        navigate(PeopleView.class);
        test(find(Button.class).id("new-person")).click();

        test(find(EmailField.class).id("person-email")).setValue("not an e-mail");
        test(find(Button.class).id("save-person")).click();

        assertThat(find(Dialog.class).exists()).isTrue();
        assertThat(find(TextField.class).id("person-name").getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(find(EmailField.class).id("person-email").getErrorMessage())
                .isEqualTo("Enter a valid e-mail address, like name@example.org.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void duplicateEmailIsRefusedWithAMessageInTheDialog() {
        navigate(PeopleView.class);
        test(find(Button.class).id("new-person")).click();
        test(find(TextField.class).id("person-name")).setValue("Another Sofia");
        test(find(EmailField.class).id("person-email")).setValue("STAFF@pso.example");
        test((CheckboxGroup<Role>) find(CheckboxGroup.class).id("person-roles")).selectItem("Project staff");
        test(find(PasswordField.class).id("person-password")).setValue("long-enough-1");
        test(find(Button.class).id("save-person")).click();

        assertThat(find(Div.class).withClassName("pso-form-error").single().getText())
                .isEqualTo("Someone already signs in with staff@pso.example.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAPersonThatAppearsInTheGrid() {
        String name = "Newcomer " + UUID.randomUUID().toString().substring(0, 6);
        navigate(PeopleView.class);
        test(find(Button.class).id("new-person")).click();
        test(find(TextField.class).id("person-name")).setValue(name);
        test(find(EmailField.class).id("person-email")).setValue(name.replace(' ', '.') + "@pso.example");
        ((CheckboxGroup<Role>) find(CheckboxGroup.class).id("person-roles")).setValue(Set.of(Role.EXPERT));
        test(find(PasswordField.class).id("person-password")).setValue("long-enough-1");
        test(find(Button.class).id("save-person")).click();

        assertThat(find(Dialog.class).exists()).isFalse();
        test(find(TextField.class).withPlaceholder("Search name or e-mail").single())
                .setValue(name);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).roles()).containsExactly(Role.EXPERT);
    }

    @Test
    void cancellingAnEditedPersonAsksAndDiscardsOnlyWhenConfirmed() {
        navigate(PeopleView.class);
        test(find(Button.class).id("new-person")).click();
        Dialog dialog = find(PersonEditorDialog.class).single();
        test(find(TextField.class).id("person-name")).setValue("Half Typed");

        test(find(Button.class).id("person-cancel")).click();
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("discard-changes").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Discard changes?");
        test(confirm).cancel();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(find(TextField.class).id("person-name").getValue()).isEqualTo("Half Typed");

        // Esc or a click outside asks too
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
        test(find(ConfirmDialog.class).withId("discard-changes").single()).confirm();
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void anUnchangedPersonClosesWithoutAsking() {
        navigate(PeopleView.class);
        test(find(Button.class).id("new-person")).click();
        Dialog dialog = find(PersonEditorDialog.class).single();

        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }

    @Test
    void deactivatingAPersonAsksNamingWhatHappensAndCancelLeavesThemActive() {
        PersonRow person = newPerson();
        navigate(PeopleView.class);

        test(toggleButton(person)).click();

        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("deactivate-person").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Deactivate " + person.fullName() + "?");
        assertThat(test(confirm).getText())
                .startsWith(person.fullName() + " can no longer sign in, and any open session of theirs ends at once.");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Deactivate " + person.fullName());
        test(confirm).cancel();

        assertThat(people.hasActiveRole(person.id(), Role.STAFF)).isTrue();
    }

    @Test
    void confirmingDeactivatesThePerson() {
        PersonRow person = newPerson();
        navigate(PeopleView.class);

        test(toggleButton(person)).click();
        test(find(ConfirmDialog.class).withId("deactivate-person").single()).confirm();

        assertThat(people.hasActiveRole(person.id(), Role.STAFF)).isFalse();
        // reactivating is not destructive: no question
        test(toggleButton(person)).click();
        assertThat(find(ConfirmDialog.class).withId("deactivate-person").exists())
                .isFalse();
        assertThat(people.hasActiveRole(person.id(), Role.STAFF)).isTrue();
    }

    private PersonRow newPerson() {
        String name = "Leaver " + UUID.randomUUID().toString().substring(0, 6);
        PersonForm form = new PersonForm();
        form.setFullName(name);
        form.setEmail(name.replace(' ', '.') + "@pso.example");
        form.setRoles(Set.of(Role.STAFF));
        return people.create(form, "long-enough-1");
    }

    /** The person's Deactivate or Reactivate button (after Edit in the actions column), the grid filtered to them. */
    private Button toggleButton(PersonRow person) {
        test(find(TextField.class).withPlaceholder("Search name or e-mail").single())
                .setValue(person.fullName());
        assertThat(test(grid()).getRow(0).id()).isEqualTo(person.id());
        return (Button)
                test(grid()).getCellComponent(0, 4).getChildren().toList().get(1);
    }

    /** A refused password is explained on the password field: a common one, and one over BCrypt's 72 bytes. */
    @Test
    @SuppressWarnings("unchecked")
    void aCommonOrOverlongPasswordIsExplainedOnTheField() {
        navigate(PeopleView.class);
        test($(Button.class).id("new-person")).click();
        test($(TextField.class).id("person-name")).setValue("Password Rules");
        test($(EmailField.class).id("person-email")).setValue("rules-" + UUID.randomUUID() + "@pso.example");
        ((CheckboxGroup<Role>) $(CheckboxGroup.class).id("person-roles")).setValue(Set.of(Role.STAFF));

        test($(PasswordField.class).id("person-password")).setValue("Sunshine");
        test($(Button.class).id("save-person")).click();
        PasswordField field = $(PasswordField.class).id("person-password");
        assertThat($(Dialog.class).exists()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("This password is one of the most common passwords");

        test(field).setValue("é".repeat(40));
        test($(Button.class).id("save-person")).click();
        assertThat($(Dialog.class).exists()).isTrue();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("This password is too long: at most 72 bytes");
    }
}
