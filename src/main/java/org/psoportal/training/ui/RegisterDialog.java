package org.psoportal.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.training.internal.Audience;
import org.psoportal.training.internal.RegistrationOutcome;
import org.psoportal.training.internal.RegistrationStatus;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;

/**
 * Registers the signed-in person for a session, for one project (the session's chosen projects, or any active
 * one). The answer says at once whether they have a seat or their place on the waitlist.
 */
class RegisterDialog extends Dialog {

    private final transient TrainingService training;
    private final SessionRow row;
    private final Runnable onDone;
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final Div error = new Div();

    RegisterDialog(TrainingService training, ProjectService projects, SessionRow row, Runnable onDone) {
        this.training = training;
        this.row = row;
        this.onDone = onDone;
        setHeaderTitle(
                getTranslation(row.full() ? "training.joinWaitlist.title" : "training.register.title", row.title()));
        setWidth("min(30rem, 95vw)");
        List<ProjectSummary> choices = projects.activeProjects().stream()
                .filter(p ->
                        row.audience() == Audience.EVERYONE || row.projectIds().contains(p.id()))
                .toList();
        project.setLabel(getTranslation("training.register.project"));
        project.setItems(choices);
        project.setItemLabelGenerator(ProjectSummary::label);
        project.setRequired(true);
        project.setWidthFull();
        project.setId("register-project");
        // the project of one's last registration, or the only one: registering again is one more click
        java.util.Optional<Long> last = training.myLastProject();
        choices.stream()
                .filter(p ->
                        choices.size() == 1 || last.filter(id -> id == p.id()).isPresent())
                .findFirst()
                .ifPresent(project::setValue);
        error.addClassName("pso-form-error");
        error.setVisible(false);
        error.setId("register-error");
        add(
                new Paragraph(
                        row.full()
                                ? getTranslation("training.register.fullHint", row.waitlisted())
                                : getTranslation("training.seatsLeft", row.seatsLeft(), row.seats())),
                error,
                project);
        Button confirm = SubmitButtons.primary(
                getTranslation(row.full() ? "training.joinWaitlist" : "training.register"), this::confirm);
        confirm.setId("register-confirm");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }

    private boolean confirm() {
        if (project.isEmpty()) {
            project.setInvalid(true);
            project.setErrorMessage(getTranslation("training.register.project.required"));
            return false;
        }
        try {
            RegistrationOutcome outcome =
                    training.register(row.id(), project.getValue().id());
            Notifications.success(
                    outcome.status() == RegistrationStatus.SEATED
                            ? getTranslation("training.registered.seated", row.title())
                            : getTranslation("training.registered.waitlisted", row.title(), outcome.waitPosition()));
            close();
            onDone.run();
            return true;
        } catch (UserMessageException e) {
            error.setText(Notifications.text(e));
            error.setVisible(true);
            return false;
        }
    }
}
