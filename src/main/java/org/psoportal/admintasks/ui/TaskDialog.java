package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.TaskConflictException;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.UnsavedChanges;

/**
 * A task: details form, checklist, comments, history and attachments. A save that lost a race is refused by
 * the service; the dialog then says so and shows the task as it is now.
 */
class TaskDialog extends Dialog {

    private final TaskService tasks;
    private final AttachmentService attachments;
    private final List<ProjectSummary> projects;
    private final List<PersonSummary> assignees;
    private final boolean manager;
    private final ZoneId zone;
    private final Runnable onChange;
    private int selectedTab;
    private TaskForm form;
    /** Documents picked for a task not saved yet (new tasks only). */
    private PendingAttachments pendingFiles;

    private transient TaskExtras extras = TaskExtras.NONE;

    TaskDialog(
            TaskService tasks,
            AttachmentService attachments,
            List<ProjectSummary> projects,
            List<PersonSummary> assignees,
            boolean manager,
            ZoneId zone,
            Runnable onChange) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.projects = projects;
        this.assignees = assignees;
        this.manager = manager;
        this.zone = zone;
        this.onChange = onChange;
        addClassName("pso-task-dialog");
        UnsavedChanges.guard(this, this::hasChanges);
        setWidth("min(760px, 100vw)");
        setMaxHeight("95vh");
    }

    /** What another module adds to the details tab (a request's reference, type and answers). */
    void setExtras(TaskExtras extras) {
        this.extras = extras;
    }

    void openNew() {
        setHeaderTitle(getTranslation("task.dialog.new"));
        TaskForm form = new TaskForm(projects, assignees, manager);
        this.form = form;
        PendingAttachments files = new PendingAttachments(attachments);
        this.pendingFiles = files;
        Button save = SubmitButtons.primary(
                getTranslation("task.save"),
                () -> form.read()
                        .map(draft -> {
                            try {
                                long id = tasks.create(draft);
                                List<String> notStored = files.storeOn(id);
                                Notifications.success(getTranslation("board.created", draft.title()));
                                if (!notStored.isEmpty()) {
                                    Notifications.error(
                                            getTranslation("attachment.notStored", String.join(", ", notStored)));
                                }
                                close();
                                onChange.run();
                                return true;
                            } catch (UserMessageException ex) {
                                Notifications.error(Notifications.text(ex));
                                return false;
                            }
                        })
                        .orElse(false));
        save.setId("task-save");
        add(form, files);
        getFooter().add(cancelButton(), save);
        open();
    }

    void openTask(long taskId) {
        show(tasks.details(taskId));
        getFooter().add(cancelButton());
        open();
    }

    private Button cancelButton() {
        Button cancel = new Button(getTranslation("task.cancel"), e -> UnsavedChanges.close(this, this::hasChanges));
        cancel.setId("task-cancel");
        return cancel;
    }

    private boolean hasChanges() {
        return (form != null && form.hasChanges()) || (pendingFiles != null && !pendingFiles.isEmpty());
    }

    /** (Re)draws everything from the task's current state. */
    void show(TaskDetails d) {
        removeAll();
        pendingFiles = null;
        setHeaderTitle(d.card().projectCode() + " · " + d.draft().title());
        TaskForm form = new TaskForm(projects, assignees, d.mayAssign());
        form.fill(d.draft(), d.card().projectCode());
        this.form = form;
        form.setEditable(d.mayEdit());
        if (!d.mayReadDetails()) {
            form.hideDescription();
        }
        Span requested = new Span(getTranslation("task.requestedBy", d.requestedByName()));
        requested.addClassName("pso-task-requested");
        Button save = SubmitButtons.primary(getTranslation("task.save"), () -> save(d, form));
        save.setId("task-save");
        save.setVisible(d.mayEdit());
        Div details = new Div(requested, form, save);
        extras.dialogSection(d.id(), onChange).ifPresent(section -> details.addComponentAtIndex(1, section));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        withoutFocusableScroller(tabs);
        tabs.add(getTranslation("task.tab.details"), details);
        if (!d.mayReadDetails()) {
            // Need to know: title and state only; the service sent no checklist, comments, history or attachments.
            Span needToKnow = new Span(getTranslation("task.needToKnow"));
            needToKnow.setId("task-need-to-know");
            needToKnow.addClassName("pso-task-meta");
            details.addComponentAsFirst(needToKnow);
            add(tabs);
            return;
        }
        if (d.loop().openQuestion() != null) {
            add(new QuestionPanel(d, tasks, this::reload));
        }
        if (d.loop().mayWatch()) {
            Checkbox watch = new Checkbox(getTranslation("task.watch"), d.loop().watching());
            watch.setId("task-watch");
            watch.setTooltipText(getTranslation("task.watch.hint"));
            watch.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    try {
                        tasks.watch(d.id(), e.getValue());
                    } catch (UserMessageException ex) {
                        Notifications.error(Notifications.text(ex));
                    }
                }
            });
            details.add(watch);
        }
        tabs.add(
                getTranslation("task.tab.checklist") + " (" + d.checklist().size() + ")",
                new ChecklistPanel(d, tasks, this::reload));
        tabs.add(
                getTranslation("task.tab.comments") + " (" + d.comments().size() + ")",
                new CommentsPanel(d, tasks, zone, this::reload));
        tabs.add(getTranslation("task.tab.history"), new HistoryPanel(d, zone));
        tabs.add(
                getTranslation("task.tab.attachments") + " (" + d.attachments().size() + ")",
                new AttachmentsPanel(d, attachments, zone, this::reload));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
    }

    /**
     * vaadin-tabs scrolls its tabs in an element of its own that has tabindex="-1": a focusable element inside the
     * tab list, which may hold only tabs (axe: aria-required-children, critical, "children which are not allowed:
     * div[tabindex]"). The tabs themselves take the focus and are reached with the arrow keys, so the scroller need
     * not: its tabindex is removed once the element has drawn itself.
     */
    private static void withoutFocusableScroller(TabSheet sheet) {
        sheet.getElement().executeJs("""
                const host = this;
                customElements.whenDefined('vaadin-tabs').then(() => {
                  const tabs = host.querySelector(':scope > vaadin-tabs');
                  const drawn = tabs && tabs.updateComplete ? tabs.updateComplete : Promise.resolve();
                  drawn.then(() => {
                    const scroller = tabs && tabs.shadowRoot && tabs.shadowRoot.querySelector('[part~="tabs"]');
                    if (scroller) {
                      scroller.removeAttribute('tabindex');
                    }
                  });
                });
                """);
    }

    /** True when the dialog was redrawn (saved, or a conflict showed the task as it is now). */
    private boolean save(TaskDetails d, TaskForm form) {
        Optional<TaskDraft> draft = form.read();
        if (draft.isEmpty()) {
            return false;
        }
        try {
            show(tasks.update(d.id(), d.version(), draft.get()));
            Notifications.success(getTranslation("board.saved"));
            onChange.run();
            return true;
        } catch (TaskConflictException e) {
            Notifications.error(Notifications.text(e));
            reload(d.id());
            return true;
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
            return false;
        }
    }

    private void reload(long taskId) {
        show(tasks.details(taskId));
        onChange.run();
    }
}
