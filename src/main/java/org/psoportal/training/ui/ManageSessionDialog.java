package org.psoportal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.psoportal.experts.ExpertService;
import org.psoportal.projects.ProjectService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.DestructiveActions;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;
import org.psoportal.training.internal.AttendeeRow;
import org.psoportal.training.internal.RegistrationStatus;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;

/**
 * The session's expert (or the head) manages it: who is seated and waiting, a message to all of them, attendance
 * once it has started, edit, and calling it off.
 */
class ManageSessionDialog extends Dialog {

    private final transient TrainingService training;
    private final SessionRow row;
    private final Runnable onChanged;
    private final Map<Long, Boolean> attendance = new HashMap<>();

    ManageSessionDialog(
            TrainingService training,
            ProjectService projects,
            ExpertService experts,
            SessionRow row,
            ZoneId zone,
            Runnable onChanged) {
        this.training = training;
        this.row = row;
        this.onChanged = onChanged;
        setHeaderTitle(row.title());
        setWidth("min(48rem, 96vw)");
        List<AttendeeRow> attendees = training.attendees(row.id());
        boolean started = row.started();
        add(new Paragraph(TimeFormats.range(row.start(), row.end(), zone) + " · "
                + getTranslation("training.seatsTaken", row.seated(), row.seats(), row.waitlisted())));

        Grid<AttendeeRow> grid = new Grid<>();
        grid.setId("session-attendees");
        grid.addColumn(AttendeeRow::name)
                .setHeader(getTranslation("training.attendee"))
                .setAutoWidth(true);
        grid.addColumn(AttendeeRow::projectLabel)
                .setHeader(getTranslation("booking.project"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.status() == RegistrationStatus.WAITLISTED
                        ? getTranslation("training.waitPosition", a.waitPosition())
                        : getTranslation(a.status().labelKey()))
                .setHeader(getTranslation("training.place"))
                .setAutoWidth(true);
        if (started) {
            grid.addComponentColumn(a -> {
                        if (a.status() != RegistrationStatus.SEATED) {
                            return new Paragraph();
                        }
                        Checkbox came = new Checkbox(getTranslation("training.attended"));
                        came.setValue(Boolean.TRUE.equals(a.attended()));
                        came.setAriaLabel(getTranslation("training.attended.named", a.name()));
                        came.addValueChangeListener(e -> attendance.put(a.personId(), e.getValue()));
                        return came;
                    })
                    .setHeader(getTranslation("training.attended"));
        }
        grid.setItems(attendees);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("training.attendees", attendees.size())), grid);
        if (started) {
            Button save = SubmitButtons.primary(getTranslation("training.attendance.save"), this::saveAttendance);
            save.setId("session-attendance-save");
            add(save);
        }

        TextArea message = new TextArea(getTranslation("training.message"));
        message.setMaxLength(500);
        message.setWidthFull();
        message.setId("session-message");
        Button send = SubmitButtons.guard(new Button(getTranslation("training.message.send")), () -> {
            try {
                int sent = training.message(row.id(), message.getValue());
                Notifications.success(getTranslation("training.message.sent", sent));
                message.clear();
                return true;
            } catch (UserMessageException e) {
                message.setInvalid(true);
                message.setErrorMessage(Notifications.text(e));
                return true;
            }
        });
        send.setId("session-message-send");
        add(message, send);

        Button edit = new Button(getTranslation("training.edit"), e -> {
            close();
            new SessionDialog(training, projects, experts, row, onChanged).open();
        });
        edit.setId("session-edit");
        edit.setEnabled(!row.cancelled());
        Button cancelSession = new Button(getTranslation("training.cancelSession"), e -> confirmCancel());
        cancelSession.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancelSession.setId("session-cancel");
        cancelSession.setEnabled(!row.cancelled());
        Button close = new Button(getTranslation("action.close"), e -> close());
        getFooter().add(cancelSession, edit, close);
    }

    private boolean saveAttendance() {
        try {
            training.markAttendance(row.id(), attendance);
            Notifications.success(getTranslation("training.attendance.saved"));
            return true;
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
            return true;
        }
    }

    private void confirmCancel() {
        DestructiveActions.confirm(
                "confirm-cancel-session",
                getTranslation("training.cancelSession"),
                getTranslation("training.cancelSession.confirm", row.title(), row.seated() + row.waitlisted()),
                getTranslation("training.cancelSession"),
                () -> {
                    try {
                        training.cancelSession(row.id(), null);
                        Notifications.success(getTranslation("training.sessionCancelled.done", row.title()));
                        close();
                        onChanged.run();
                    } catch (UserMessageException e) {
                        Notifications.error(Notifications.text(e));
                    }
                });
    }
}
