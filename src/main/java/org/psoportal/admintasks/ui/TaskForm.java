package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.psoportal.admintasks.Priority;
import org.psoportal.admintasks.TaskDraft;
import org.psoportal.admintasks.TaskType;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;

/** The task's fields. The service validates again; the form only helps. */
class TaskForm extends FormLayout {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<TaskType> type = new Select<>();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<PersonSummary> assignee = new ComboBox<>();
    private final Select<Priority> priority = new Select<>();
    private final DatePicker due = new DatePicker();
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
        type.setItemLabelGenerator(t -> getTranslation("board.type." + t.name()));
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
        priority.setItemLabelGenerator(p -> getTranslation("board.priority." + p.name()));
        priority.setValue(Priority.NORMAL);
        due.setLabel(getTranslation("task.dueDate"));
        due.setId("task-due");
        add(title, 2);
        add(type, project, priority, due, assignee);
        add(description, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    void fill(TaskDraft d, String projectCodeIfMissing) {
        title.setValue(d.title());
        description.setValue(d.description() == null ? "" : d.description());
        type.setValue(d.type());
        priority.setValue(d.priority());
        due.setValue(d.dueDate());
        ProjectSummary p = projects.stream().filter(x -> x.id() == d.projectId()).findFirst().orElse(null);
        if (p == null) {
            // A closed project is not offered for new work, but a task on it still shows it.
            p = new ProjectSummary(d.projectId(), projectCodeIfMissing, "", org.psoportal.projects.ProjectStatus.CLOSED);
            projects.add(p);
            project.setItems(projects);
        }
        project.setValue(p);
        assignee.setValue(d.assigneeId() == null ? null
                : assignees.stream().filter(a -> a.id() == d.assigneeId()).findFirst().orElse(null));
    }

    TaskDraft read() {
        if (project.getValue() == null) {
            throw new UserMessageException("project.notFound");
        }
        return new TaskDraft(title.getValue(), description.getValue(), type.getValue(), project.getValue().id(),
                assignee.getValue() == null ? null : assignee.getValue().id(), priority.getValue(), due.getValue());
    }

    /** Need to know: the description is not shown to those who may not read the task's details. */
    void hideDescription() {
        description.setVisible(false);
    }

    void setEditable(boolean editable) {
        title.setReadOnly(!editable);
        description.setReadOnly(!editable);
        type.setReadOnly(!editable);
        project.setReadOnly(!editable);
        priority.setReadOnly(!editable);
        due.setReadOnly(!editable);
        assignee.setReadOnly(!editable || !mayAssign);
    }
}
