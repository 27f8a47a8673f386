package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import org.psoportal.admintasks.internal.Priority;
import org.psoportal.admintasks.internal.Recurrence;
import org.psoportal.admintasks.internal.ScheduleKind;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.admintasks.internal.TemplateDraft;
import org.psoportal.admintasks.internal.TemplateRow;
import org.psoportal.admintasks.internal.TemplateService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.shared.ui.UnsavedChanges;

/** Create or edit a recurring task: the card it makes and its schedule. */
class TemplateDialog extends Dialog {

    private final TaskForm card;
    private final Select<ScheduleKind> kind = new Select<>();
    private final IntegerField dayOfMonth = new IntegerField();
    private final Select<DayOfWeek> dayOfWeek = new Select<>();
    private final IntegerField intervalDays = new IntegerField();
    private final IntegerField dueDays = new IntegerField();
    private final DatePicker firstRun = TimeFormats.portalFormat(new DatePicker());
    private boolean scheduleChanged;

    TemplateDialog(
            TemplateService templates,
            List<ProjectSummary> projects,
            List<PersonSummary> assignees,
            TemplateRow row,
            LocalDate today,
            Runnable onSaved) {
        setHeaderTitle(getTranslation(row == null ? "template.new" : "template.edit"));
        card = new TaskForm(projects, assignees, true).withoutDueDate("template-title");
        kind.setLabel(getTranslation("template.schedule"));
        kind.setItems(ScheduleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("template.kind." + k.name()));
        dayOfMonth.setLabel(getTranslation("template.dayOfMonth"));
        dayOfMonth.setMin(1);
        dayOfMonth.setMax(31);
        dayOfWeek.setLabel(getTranslation("template.dayOfWeek"));
        dayOfWeek.setItems(DayOfWeek.values());
        dayOfWeek.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        intervalDays.setLabel(getTranslation("template.intervalDays"));
        intervalDays.setMin(1);
        dueDays.setLabel(getTranslation("template.dueDays"));
        dueDays.setMin(0);
        firstRun.setLabel(getTranslation("template.nextRun"));
        kind.addValueChangeListener(e -> showScheduleFields());

        TemplateDraft d = row == null
                ? new TemplateDraft("", null, TaskType.OTHER, 0, null, Priority.NORMAL, Recurrence.monthly(1), 5, today)
                : row.draft();
        card.fill(
                new TaskDraft(d.title(), d.description(), d.type(), d.projectId(), d.assigneeId(), d.priority(), null),
                null);
        kind.setValue(d.recurrence().kind());
        dayOfMonth.setValue(
                d.recurrence().dayOfMonth() == null ? 1 : d.recurrence().dayOfMonth());
        dayOfWeek.setValue(
                d.recurrence().dayOfWeek() == null
                        ? DayOfWeek.MONDAY
                        : d.recurrence().dayOfWeek());
        intervalDays.setValue(
                d.recurrence().intervalDays() == null ? 7 : d.recurrence().intervalDays());
        dueDays.setValue(d.dueDays());
        firstRun.setValue(d.firstRun());
        showScheduleFields();
        List<HasValue<?, ?>> scheduleFields = List.of(kind, dayOfMonth, dayOfWeek, intervalDays, dueDays, firstRun);
        scheduleFields.forEach(f -> f.addValueChangeListener(e -> scheduleChanged |= e.isFromClient()));
        UnsavedChanges.guard(this, this::hasChanges);

        FormLayout schedule = new FormLayout(kind, dayOfMonth, dayOfWeek, intervalDays, dueDays, firstRun);
        add(card, schedule);
        Button save = SubmitButtons.primary(
                getTranslation("task.save"),
                () -> card.read()
                        .map(task -> {
                            try {
                                TemplateDraft draft = read(task);
                                if (row == null) {
                                    templates.create(draft);
                                } else {
                                    templates.update(row.id(), row.version(), draft);
                                }
                                Notifications.success(getTranslation("template.saved"));
                                close();
                                onSaved.run();
                                return true;
                            } catch (UserMessageException ex) {
                                Notifications.error(Notifications.text(ex));
                                return false;
                            }
                        })
                        .orElse(false));
        save.setId("template-save");
        Button cancel = new Button(getTranslation("task.cancel"), e -> UnsavedChanges.close(this, this::hasChanges));
        cancel.setId("template-cancel");
        getFooter().add(cancel, save);
    }

    private boolean hasChanges() {
        return card.hasChanges() || scheduleChanged;
    }

    private void showScheduleFields() {
        dayOfMonth.setVisible(kind.getValue() == ScheduleKind.MONTHLY);
        dayOfWeek.setVisible(kind.getValue() == ScheduleKind.WEEKLY);
        intervalDays.setVisible(kind.getValue() == ScheduleKind.EVERY_N_DAYS);
    }

    private TemplateDraft read(TaskDraft task) {
        if (kind.getValue() == null) {
            throw new UserMessageException("template.invalid");
        }
        Recurrence r = switch (kind.getValue()) {
            case MONTHLY -> new Recurrence(ScheduleKind.MONTHLY, dayOfMonth.getValue(), null, null);
            case WEEKLY -> new Recurrence(ScheduleKind.WEEKLY, null, dayOfWeek.getValue(), null);
            case EVERY_N_DAYS -> new Recurrence(ScheduleKind.EVERY_N_DAYS, null, null, intervalDays.getValue());
        };
        return new TemplateDraft(
                task.title(),
                task.description(),
                task.type(),
                task.projectId(),
                task.assigneeId(),
                task.priority(),
                r,
                dueDays.getValue() == null ? 0 : dueDays.getValue(),
                firstRun.getValue());
    }
}
