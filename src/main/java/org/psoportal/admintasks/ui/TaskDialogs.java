package org.psoportal.admintasks.ui;

import java.time.ZoneId;
import java.util.List;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Opens task dialogs with the services they need, so views only say which task. */
@Component
class TaskDialogs {

    private final TaskService tasks;
    private final AttachmentService attachments;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ZoneId zone;
    /** A request's reference, type and answers (the request catalogue), when a module adds them. */
    private final ObjectProvider<TaskExtras> extras;

    TaskDialogs(
            TaskService tasks,
            AttachmentService attachments,
            ProjectService projects,
            CurrentUser currentUser,
            ZoneId zone,
            ObjectProvider<TaskExtras> extras) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.projects = projects;
        this.currentUser = currentUser;
        this.zone = zone;
        this.extras = extras;
    }

    void openNew(Runnable onChange) {
        dialog(onChange).openNew();
    }

    void open(long taskId, Runnable onChange) {
        dialog(onChange).openTask(taskId);
    }

    List<PersonSummary> assignees() {
        return tasks.assignees();
    }

    private TaskDialog dialog(Runnable onChange) {
        boolean manager = currentUser.isManager();
        TaskDialog dialog = new TaskDialog(
                tasks, attachments, projects.activeProjects(), tasks.assignees(), manager, zone, onChange);
        dialog.setExtras(extras.getIfAvailable(() -> TaskExtras.NONE));
        return dialog;
    }
}
