package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psoportal.booking.BookingRequest;
import org.psoportal.booking.BookingRow;
import org.psoportal.booking.BookingService;
import org.psoportal.booking.BookingStatus;
import org.psoportal.experts.ExpertCard;
import org.psoportal.experts.ExpertSchedule;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/**
 * Books a free time: project, the expert's skill it is for, topic, length (and notes). Refusals stay in the dialog so
 * the user can adjust.
 */
public class BookingDialog extends Dialog {

    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<String> skill = new ComboBox<>();
    private final TextField topic = new TextField();
    private final Select<Integer> length = new Select<>();
    private final TextArea notes = new TextArea();
    private final Paragraph error = new Paragraph();

    public BookingDialog(
            BookingService bookings,
            ExpertCard expert,
            ExpertSchedule schedule,
            Instant start,
            List<ProjectSummary> projects,
            String preselectedSkill,
            ZoneId zone,
            Runnable onBooked) {
        setHeaderTitle(getTranslation("booking.dialog.title", expert.name()));
        setId("booking-dialog");
        Paragraph when = new Paragraph(TimeFormats.dateTime(start, zone));
        when.setId("booking-when");

        project.setLabel(getTranslation("booking.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setRequired(true);
        project.setId("booking-project");
        if (projects.size() == 1) {
            project.setValue(projects.getFirst());
        }
        skill.setLabel(getTranslation("booking.skill"));
        skill.setItems(expert.skills());
        skill.setPlaceholder(getTranslation("booking.skill.notSaid"));
        skill.setClearButtonVisible(true);
        skill.setId("booking-skill");
        skill.setVisible(!expert.skills().isEmpty());
        expert.skills().stream()
                .filter(s -> preselectedSkill != null && s.equalsIgnoreCase(preselectedSkill))
                .findFirst()
                .or(() -> expert.skills().size() == 1
                        ? Optional.of(expert.skills().getFirst())
                        : Optional.empty())
                .ifPresent(skill::setValue);
        topic.setLabel(getTranslation("booking.topic"));
        topic.setRequired(true);
        topic.setMaxLength(200);
        topic.setId("booking-topic");
        length.setLabel(getTranslation("booking.length"));
        List<Integer> lengths = new ArrayList<>();
        for (int m = schedule.minLengthMinutes(); m <= schedule.maxLengthMinutes(); m += schedule.slotMinutes()) {
            lengths.add(m);
        }
        length.setItems(lengths);
        length.setItemLabelGenerator(m -> getTranslation("booking.minutes", m));
        length.setValue(lengths.contains(60) ? 60 : lengths.getFirst());
        length.setId("booking-length");
        notes.setLabel(getTranslation("booking.notes"));
        notes.setMaxLength(2000);
        error.addClassName("pso-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("booking-error");
        error.setVisible(false);

        FormLayout form = new FormLayout(project, skill, topic, length, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(when, form, error);

        Button book = SubmitButtons.primary(
                getTranslation("booking.book"), () -> book(bookings, expert, start, zone, onBooked));
        book.setId("booking-submit");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, book);
    }

    private boolean book(BookingService bookings, ExpertCard expert, Instant start, ZoneId zone, Runnable onBooked) {
        if (project.isEmpty()) {
            error.setText(getTranslation("booking.project.required"));
            error.setVisible(true);
            return false;
        }
        try {
            BookingRow row = bookings.book(new BookingRequest(
                    expert.personId(),
                    project.getValue().id(),
                    start,
                    start.plusSeconds(length.getValue() * 60L),
                    topic.getValue(),
                    notes.getValue(),
                    skill.getValue()));
            close();
            Notifications.success(getTranslation(
                    row.status() == BookingStatus.REQUESTED ? "booking.requestedMade" : "booking.made",
                    TimeFormats.dateTime(row.start(), zone),
                    expert.name()));
            onBooked.run();
            return true;
        } catch (UserMessageException e) {
            error.setText(Notifications.text(e));
            error.setVisible(true);
            return false;
        }
    }

    ComboBox<ProjectSummary> project() {
        return project;
    }

    ComboBox<String> skill() {
        return skill;
    }

    TextField topic() {
        return topic;
    }
}
