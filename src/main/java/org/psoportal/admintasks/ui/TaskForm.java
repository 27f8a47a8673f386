package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.TextLimits;
import org.psoportal.shared.ui.TimeFormats;

/**
 * The fields of a task (and of the card a recurring task makes), bound to a {@link TaskDraft} by a Binder that
 * shows the same messages as the service's Bean Validation, beside the field. The service validates again.
 */
class TaskForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<TaskType> type = new Select<>();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final Select<Priority> priority = new Select<>();
    private final DatePicker due = TimeFormats.portalFormat(new DatePicker());
    private final Binder<TaskDraft> binder = new Binder<>(TaskDraft.class);
    private final List<ProjectSummary> projects;
    private final List<PersonSummary> assignees;
    private final boolean mayAssign;

    TaskForm(List<ProjectSummary> projects, List<PersonSummary> assignees, boolean mayAssign) {
        this.projects = new ArrayList<>(projects);
        this.assignees = assignees;
        this.mayAssign = mayAssign;
        title.setLabel(getTranslation("task.title"));
        title.setMaxLength(TaskDraft.MAX_TITLE);
        title.setRequired(true);
        title.setId("task-title");
        description.setLabel(getTranslation("task.description"));
        description.setId("task-description");
        type.setLabel(getTranslation("task.type"));
        type.setItems(TaskType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setValue(TaskType.OTHER);
        project.setLabel(getTranslation("task.project"));
        project.setItems(this.projects);
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setRequired(true);
        project.setId("task-project");
        assignee.setLabel(getTranslation("task.assignee"));
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(PersonSummary::fullName);
        assignee.setClearButtonVisible(true);
        assignee.setEnabled(mayAssign);
        assignee.setId("task-assignee");
        priority.setLabel(getTranslation("task.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        priority.setValue(Priority.NORMAL);
        due.setLabel(getTranslation("task.dueDate"));
        due.setId("task-due");
        bind();
        add(title, 2);
        add(type, project, priority, due, assignee);
        add(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** The rules of {@link TaskDraft}'s constraints, with their messages, so the user sees them at the field. */
    private void bind() {
        binder.forField(title)
                .asRequired(getTranslation("board.title.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("board.title.tooLong", TaskDraft.MAX_TITLE), 0, TaskDraft.MAX_TITLE))
                .bind("title");
        binder.forField(description)
                .withValidator(new StringLengthValidator(
                        getTranslation("input.tooLong", TextLimits.NOTES), 0, TextLimits.NOTES))
                .bind("description");
        // Not asRequired: a required vaadin-select puts aria-required on its value button, which a button may not
        // carry (axe: aria-allowed-attr, critical). Both always hold a value (no empty choice); the check stays.
        binder.forField(type)
                .withValidator(Objects::nonNull, getTranslation("board.typePriority.required"))
                .bind("type");
        binder.forField(priority)
                .withValidator(Objects::nonNull, getTranslation("board.typePriority.required"))
                .bind("priority");
        binder.forField(project)
                .asRequired(getTranslation("board.project.required")) // empty: not "does not exist"
                .withConverter(Converter.<ProjectSummary, Long>from(
                        p -> p.id(), this::projectOf, e -> getTranslation("project.notFound")))
                .bind("projectId");
        binder.forField(assignee)
                .withConverter(Converter.<PersonSummary, Long>from(
                        a -> a == null ? null : a.id(),
                        this::assigneeOf,
                        e -> getTranslation("board.assignee.invalid")))
                .bind("assigneeId");
        binder.forField(due).bind("dueDate");
    }

    /** Shows a draft; a task on a closed project still shows it (closed projects are not offered for new work). */
    void fill(TaskDraft d, String projectCodeIfMissing) {
        if (projectCodeIfMissing != null && projects.stream().noneMatch(x -> x.id() == d.projectId())) {
            projects.add(new ProjectSummary(d.projectId(), projectCodeIfMissing, "", ProjectStatus.CLOSED));
            project.setItems(projects);
        }
        binder.readRecord(d);
    }

    /** The draft, or empty when a field is not valid (its message is shown beside it). */
    Optional<TaskDraft> read() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Whether a field was changed since the form was filled (or since a new form was made). */
    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** For a recurring task: the card it makes has no fixed due date, and its title field is the template's. */
    TaskForm withoutDueDate(String titleId) {
        remove(due);
        title.setId(titleId);
        return this;
    }

    /** Need to know: the description is not shown to those who may not read the task's details. */
    void hideDescription() {
        description.setVisible(false);
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        assignee.setReadOnly(!editable || !mayAssign);
    }

    private ProjectSummary projectOf(Long id) {
        return id == null
                ? null
                : projects.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private PersonSummary assigneeOf(Long id) {
        return id == null
                ? null
                : assignees.stream().filter(a -> a.id() == id).findFirst().orElse(null);
    }
}
