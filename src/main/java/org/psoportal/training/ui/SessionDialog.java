package org.psoportal.training.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertService;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.shared.ui.UnsavedChanges;
import org.psoportal.training.internal.Audience;
import org.psoportal.training.internal.OccurrenceRefusedException;
import org.psoportal.training.internal.Repeat;
import org.psoportal.training.internal.SessionForm;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;

/**
 * Publishes a session (or a weekly series) or edits one. Field rules show on their fields as people type (the
 * binder reads the same limits as the service's Bean Validation); the calendar's refusals (time off, working hours,
 * another booking) come back from the service and show above the form, naming the date.
 */
class SessionDialog extends Dialog {

    private final transient TrainingService training;
    private final SessionRow existing;
    private final Runnable onSaved;
    private final Binder<SessionForm> binder = new Binder<>(SessionForm.class);
    private final Div error = new Div();
    private final List<HasValue<?, ?>> fields;
    private final List<Object> openedWith;
    private final IntegerField seats = new IntegerField();

    SessionDialog(
            TrainingService training,
            ProjectService projects,
            ExpertService experts,
            SessionRow existing,
            Runnable onSaved) {
        this.training = training;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "training.publish" : "training.edit"));
        setWidth("min(44rem, 96vw)");

        List<ExpertCard> mine = training.expertsIMayPublishFor();
        ComboBox<Long> expert = new ComboBox<>(getTranslation("training.expert"));
        Map<Long, ExpertCard> cards =
                mine.stream().collect(Collectors.toMap(ExpertCard::personId, Function.identity()));
        expert.setItems(mine.stream().map(ExpertCard::personId).toList());
        expert.setItemLabelGenerator(id -> cards.containsKey(id) ? cards.get(id).name() : "#" + id);
        expert.setId("session-expert");
        expert.setReadOnly(existing != null || mine.size() == 1);
        TextField title = new TextField(getTranslation("training.field.title"));
        title.setId("session-title");
        ComboBox<String> skill = new ComboBox<>(getTranslation("training.skill"));
        skill.setId("session-skill");
        skill.setClearButtonVisible(true);
        expert.addValueChangeListener(e -> skill.setItems(
                e.getValue() == null || !cards.containsKey(e.getValue())
                        ? List.of()
                        : cards.get(e.getValue()).skills()));
        TextArea description = new TextArea(getTranslation("training.field.description"));
        description.setMaxLength(4000);
        description.setId("session-description");
        DateTimePicker start = TimeFormats.portalFormat(new DateTimePicker(getTranslation("training.field.start")));
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setId("session-start");
        Select<Integer> length = new Select<>();
        length.setLabel(getTranslation("training.field.length"));
        length.setItems(30, 45, 60, 90, 120, 180, 240, 480);
        length.setItemLabelGenerator(m -> getTranslation("training.minutes", m));
        length.setId("session-length");
        TextField place = new TextField(getTranslation("training.field.place"));
        place.setId("session-place");
        TextField link = new TextField(getTranslation("training.field.link"));
        link.setPlaceholder("https://");
        link.setId("session-link");
        seats.setLabel(getTranslation("training.field.seats"));
        seats.setMin(1);
        seats.setMax(SessionForm.MAX_SEATS);
        seats.setStepButtonsVisible(true);
        seats.setId("session-seats");
        DateTimePicker deadline =
                TimeFormats.portalFormat(new DateTimePicker(getTranslation("training.field.deadline")));
        deadline.setHelperText(getTranslation("training.field.deadline.help"));
        deadline.setId("session-deadline");
        RadioButtonGroup<Audience> audience = new RadioButtonGroup<>(getTranslation("training.field.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("training.audience." + a.name()));
        audience.setId("session-audience");
        MultiSelectComboBox<Long> projectIds = new MultiSelectComboBox<>(getTranslation("training.field.projects"));
        Map<Long, ProjectSummary> active =
                projects.activeProjects().stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        projectIds.setItems(active.keySet().stream()
                .sorted((a, b) ->
                        active.get(a).label().compareToIgnoreCase(active.get(b).label()))
                .toList());
        projectIds.setItemLabelGenerator(
                id -> active.containsKey(id) ? active.get(id).label() : "#" + id);
        projectIds.setId("session-projects");
        audience.addValueChangeListener(e -> projectIds.setVisible(e.getValue() == Audience.PROJECTS));
        Select<Repeat> repeat = new Select<>();
        repeat.setLabel(getTranslation("training.field.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        repeat.setId("session-repeat");
        IntegerField occurrences = new IntegerField(getTranslation("training.field.occurrences"));
        occurrences.setMin(1);
        occurrences.setMax(SessionForm.MAX_OCCURRENCES);
        occurrences.setStepButtonsVisible(true);
        occurrences.setId("session-occurrences");
        repeat.addValueChangeListener(e -> occurrences.setEnabled(e.getValue() != Repeat.NONE));
        repeat.setVisible(existing == null);
        occurrences.setVisible(existing == null);

        binder.forField(expert)
                .asRequired(getTranslation("training.expert.required"))
                .bind(SessionForm::getExpertId, SessionForm::setExpertId);
        binder.forField(title)
                .asRequired(getTranslation("training.title.required"))
                .withValidator(new StringLengthValidator(getTranslation("training.title.tooLong"), 1, 200))
                .bind(SessionForm::getTitle, SessionForm::setTitle);
        binder.forField(skill).bind(SessionForm::getSkill, SessionForm::setSkill);
        binder.forField(description).bind(SessionForm::getDescription, SessionForm::setDescription);
        binder.forField(start)
                .asRequired(getTranslation("training.start.required"))
                .bind(SessionForm::getStart, SessionForm::setStart);
        binder.forField(length).bind(SessionForm::getLengthMinutes, SessionForm::setLengthMinutes);
        binder.forField(place)
                .withValidator(new StringLengthValidator(getTranslation("training.place.tooLong"), 0, 200))
                .bind(SessionForm::getPlace, SessionForm::setPlace);
        binder.forField(link)
                .withValidator(new RegexpValidator(getTranslation("training.link.invalid"), "^$|^https?://\\S+$"))
                .bind(SessionForm::getMeetingLink, SessionForm::setMeetingLink);
        binder.forField(seats)
                .asRequired(getTranslation("training.seats.range"))
                .withValidator(
                        new IntegerRangeValidator(getTranslation("training.seats.range"), 1, SessionForm.MAX_SEATS))
                .bind(SessionForm::getSeats, SessionForm::setSeats);
        binder.forField(deadline)
                .withValidator(
                        d -> d == null || start.getValue() == null || !d.isAfter(start.getValue()),
                        getTranslation("training.deadline.afterStart"))
                .bind(SessionForm::getDeadline, SessionForm::setDeadline);
        binder.forField(audience).bind(SessionForm::getAudience, SessionForm::setAudience);
        binder.forField(projectIds)
                .withValidator(
                        ids -> audience.getValue() != Audience.PROJECTS || !ids.isEmpty(),
                        getTranslation("training.projects.required"))
                .bind(f -> new HashSet<>(f.getProjectIds()), (f, ids) -> f.setProjectIds(Set.copyOf(ids)));
        binder.forField(repeat).bind(SessionForm::getRepeat, SessionForm::setRepeat);
        binder.forField(occurrences)
                .withValidator(new IntegerRangeValidator(
                        getTranslation("training.occurrences.range"), 1, SessionForm.MAX_OCCURRENCES))
                .bind(SessionForm::getOccurrences, SessionForm::setOccurrences);

        SessionForm form = existing == null ? newForm(mine) : training.loadForm(existing.id());
        binder.setBean(form);
        projectIds.setVisible(form.getAudience() == Audience.PROJECTS);
        occurrences.setEnabled(form.getRepeat() != Repeat.NONE);

        fields = List.of(
                expert,
                title,
                skill,
                description,
                start,
                length,
                place,
                link,
                seats,
                deadline,
                audience,
                projectIds,
                repeat,
                occurrences);
        openedWith = values();
        UnsavedChanges.guard(this, this::hasChanges);

        error.addClassName("pso-form-error");
        error.setVisible(false);
        error.setId("session-error");
        FormLayout layout = new FormLayout(
                expert,
                title,
                skill,
                start,
                length,
                deadline,
                place,
                link,
                seats,
                audience,
                projectIds,
                repeat,
                occurrences,
                description);
        layout.setColspan(description, 2);
        layout.setColspan(projectIds, 2);
        add(error, layout);
        Button save = SubmitButtons.primary(
                getTranslation(existing == null ? "training.publish.confirm" : "action.save"), this::save);
        save.setId("session-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> UnsavedChanges.close(this, this::hasChanges));
        getFooter().add(cancel, save);
    }

    private static SessionForm newForm(List<ExpertCard> mine) {
        SessionForm f = new SessionForm();
        if (mine.size() == 1) {
            f.setExpertId(mine.getFirst().personId());
        }
        // a working day a week or so ahead, at 10:00: a time most calendars have free
        f.setStart(LocalDateTime.now()
                .plusDays(7)
                .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY))
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(10));
        return f;
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
            SessionForm form = binder.getBean();
            if (existing == null) {
                List<SessionRow> made = training.publish(form);
                Notifications.success(getTranslation(
                        "training.published", made.size(), made.getFirst().title()));
            } else {
                training.update(existing.id(), existing.version(), form);
                Notifications.success(getTranslation("training.saved", form.getTitle()));
            }
            close();
            onSaved.run();
            return true;
        } catch (OccurrenceRefusedException e) {
            error.setText(
                    getTranslation("training.occurrence.refused", e.args()[0]) + " " + Notifications.text(e.rule()));
            error.setVisible(true);
            return false;
        } catch (UserMessageException e) {
            if ("training.seats.belowSeated".equals(e.messageKey())) {
                seats.setInvalid(true);
                seats.setErrorMessage(Notifications.text(e));
            }
            error.setText(Notifications.text(e));
            error.setVisible(true);
            return false;
        }
    }
}
