package org.psoportal.people.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import org.psoportal.people.PersonService;
import org.psoportal.people.internal.PersonForm;
import org.psoportal.people.internal.PersonRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.UnsavedChanges;

/** Creates or edits a person: name, e-mail, roles and (for new people, or on request) a password. */
class PersonEditorDialog extends Dialog {

    private final transient PersonService people;
    private final PersonRow existing;
    private final Runnable onSaved;
    private final Binder<PersonForm> binder = new Binder<>(PersonForm.class);
    private final PasswordField password = new PasswordField();
    private final Div formError = new Div();
    /** The fields whose values are compared with those at opening, to ask before unsaved changes are discarded. */
    private final List<HasValue<?, ?>> fields;

    private final List<Object> openedWith;

    PersonEditorDialog(PersonService people, PersonRow existing, boolean passwords, Runnable onSaved) {
        this.people = people;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "people.new" : "people.edit"));
        setWidth("min(36rem, 95vw)");

        TextField name = new TextField(getTranslation("person.name"));
        name.setId("person-name");
        EmailField email = new EmailField(getTranslation("person.email"));
        email.setId("person-email");
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("person.email.invalid"))
                .setRequiredErrorMessage(getTranslation("person.email.required")));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("person-roles");
        password.setLabel(getTranslation(existing == null ? "person.password" : "person.newPassword"));
        password.setHelperText(getTranslation(
                existing == null ? "person.password.help" : "person.newPassword.help",
                PersonService.MIN_PASSWORD_LENGTH));
        password.setId("person-password");
        // Local passwords switched off (single sign-on only): nobody sets one, so the field does not exist.
        password.setVisible(passwords);

        binder.forField(name)
                .asRequired(getTranslation("person.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("person.name.tooLong"), 1, 120))
                .bind(PersonForm::getFullName, PersonForm::setFullName);
        binder.forField(email)
                .asRequired(getTranslation("person.email.required"))
                .withValidator(new EmailValidator(getTranslation("person.email.invalid")))
                .bind(PersonForm::getEmail, PersonForm::setEmail);
        binder.forField(roles)
                .asRequired(getTranslation("person.roles.required"))
                .bind(PersonForm::getRoles, PersonForm::setRoles);
        binder.setBean(existing == null ? new PersonForm() : people.loadForm(existing.id()));

        fields = List.of(name, email, roles, password);
        openedWith = values();
        UnsavedChanges.guard(this, this::hasChanges);

        formError.addClassName("pso-form-error");
        formError.setVisible(false);
        FormLayout form = new FormLayout(name, email, roles, password);
        add(formError, form);

        Button save = SubmitButtons.primary(getTranslation("action.save"), this::save);
        save.setId("save-person");
        Button cancel = new Button(getTranslation("action.cancel"), e -> UnsavedChanges.close(this, this::hasChanges));
        cancel.setId("person-cancel");
        getFooter().add(cancel, save);
    }

    private boolean hasChanges() {
        return !values().equals(openedWith);
    }

    private List<Object> values() {
        return fields.stream().map(f -> (Object) f.getValue()).toList();
    }

    private boolean save() {
        password.setInvalid(false);
        if (binder.validate().hasErrors()) {
            return false;
        }
        try {
            PersonForm form = binder.getBean();
            if (existing == null) {
                people.create(form, password.getValue());
            } else {
                people.update(existing.id(), form, password.getValue());
            }
            Notifications.success(getTranslation("person.saved", form.getFullName()));
            onSaved.run();
            close();
            return true;
        } catch (UserMessageException e) {
            if (e.messageKey().startsWith("person.password.")) {
                // too short, too long for BCrypt's 72 bytes, or a common password: said on the field itself
                password.setErrorMessage(Notifications.text(e));
                password.setInvalid(true);
                formError.setVisible(false);
                return false;
            }
            formError.setText(Notifications.text(e));
            formError.setVisible(true);
            return false;
        }
    }
}
