package org.psoportal.projects.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.internal.ProjectForm;
import org.psoportal.projects.internal.ProjectRow;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.UnsavedChanges;

/** Creates or edits a project: code, name, manager and description. */
class ProjectEditorDialog extends Dialog {

    private final transient ProjectService projects;
    private final ProjectRow existing;
    private final Runnable onSaved;
    private final Binder<ProjectForm> binder = new Binder<>(ProjectForm.class);
    private final Div formError = new Div();
    /** The fields whose values are compared with those at opening, to ask before unsaved changes are discarded. */
    private final List<HasValue<?, ?>> fields;

    private final List<Object> openedWith;

    ProjectEditorDialog(ProjectService projects, PersonService people, ProjectRow existing, Runnable onSaved) {
        this.projects = projects;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "projects.new" : "projects.edit"));
        setWidth("min(36rem, 95vw)");

        TextField code = new TextField(getTranslation("project.code"));
        code.setHelperText(getTranslation("project.code.help"));
        code.setId("project-code");
        TextField name = new TextField(getTranslation("project.name"));
        name.setId("project-name");
        ComboBox<Long> manager = new ComboBox<>(getTranslation("project.manager"));
        manager.setId("project-manager");
        // Managers are usually staff, but anyone active may manage a project.
        Map<Long, PersonSummary> candidates = Stream.of(Role.values())
                .flatMap(r -> people.activeWithRole(r).stream())
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a));
        manager.setItems(candidates.values().stream()
                .sorted((a, b) -> a.fullName().compareToIgnoreCase(b.fullName()))
                .map(PersonSummary::id)
                .toList());
        manager.setItemLabelGenerator(
                id -> candidates.containsKey(id) ? candidates.get(id).fullName() : "#" + id);
        TextArea description = new TextArea(getTranslation("project.description"));
        description.setMaxLength(2000);

        binder.forField(code)
                .asRequired(getTranslation("project.code.required"))
                .withValidator(new RegexpValidator(
                        getTranslation("project.code.invalid"), "^\\s*[A-Za-z0-9][A-Za-z0-9-]{1,29}\\s*$"))
                .bind(ProjectForm::getCode, ProjectForm::setCode);
        binder.forField(name)
                .asRequired(getTranslation("project.name.required"))
                .withValidator(new StringLengthValidator(getTranslation("project.name.tooLong"), 1, 150))
                .bind(ProjectForm::getName, ProjectForm::setName);
        binder.forField(manager)
                .asRequired(getTranslation("project.manager.required"))
                .bind(ProjectForm::getManagerId, ProjectForm::setManagerId);
        binder.forField(description).bind(ProjectForm::getDescription, ProjectForm::setDescription);
        binder.setBean(existing == null ? new ProjectForm() : projects.loadForm(existing.id()));

        fields = List.of(code, name, manager, description);
        openedWith = values();
        UnsavedChanges.guard(this, this::hasChanges);

        formError.addClassName("pso-form-error");
        formError.setVisible(false);
        FormLayout form = new FormLayout(code, name, manager, description);
        form.setColspan(description, 2);
        add(formError, form);

        Button save = SubmitButtons.primary(getTranslation("action.save"), this::save);
        save.setId("save-project");
        Button cancel = new Button(getTranslation("action.cancel"), e -> UnsavedChanges.close(this, this::hasChanges));
        cancel.setId("project-cancel");
        getFooter().add(cancel, save);
    }

    private boolean hasChanges() {
        return !values().equals(openedWith);
    }

    private List<Object> values() {
        return fields.stream().map(f -> (Object) f.getValue()).toList();
    }

    private boolean save() {
        if (binder.validate().hasErrors()) {
            return false;
        }
        try {
            ProjectForm form = binder.getBean();
            ProjectRow saved = existing == null ? projects.create(form) : projects.update(existing.id(), form);
            Notifications.success(getTranslation("project.saved", saved.code()));
            onSaved.run();
            close();
            return true;
        } catch (UserMessageException e) {
            formError.setText(Notifications.text(e));
            formError.setVisible(true);
            return false;
        }
    }
}
