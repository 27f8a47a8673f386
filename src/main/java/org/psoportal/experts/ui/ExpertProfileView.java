package org.psoportal.experts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveEvent.ContinueNavigationAction;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.WorkingHours;
import org.psoportal.experts.internal.ExpertProfileForm;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.UnsavedChanges;

/** Edits an expert profile: an expert their own, the head of the PSO anyone's ({@code ?expert=<id>}). */
@Route("expert-profile")
@RolesAllowed({Role.Names.EXPERT, Role.Names.HEAD})
@Menu(title = "nav.expertProfile", order = 23, icon = "vaadin:user-card")
public class ExpertProfileView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final transient ExpertService experts;
    private final transient CurrentUser currentUser;
    private final ComboBox<PersonSummary> expert = new ComboBox<>();
    private final ProfileSettingsForm settings = new ProfileSettingsForm();
    private final WorkingWeekEditor hours = new WorkingWeekEditor();
    private final TimeOffEditor timeOff;
    /** A refusal that concerns no single field, said above the Save button (never a message over the form). */
    private final Div formError = new Div();

    private List<Object> savedState = List.of();

    public ExpertProfileView(ExpertService experts, PersonService people, CurrentUser currentUser, Clock clock) {
        this.experts = experts;
        this.currentUser = currentUser;
        this.timeOff =
                new TimeOffEditor(clock, (first, last) -> this.experts.bookingsInTimeOff(expertId(), first, last));
        addClassName("pso-view");
        expert.setLabel(getTranslation("expertProfile.expert"));
        expert.setItems(people.activeWithRole(Role.EXPERT));
        expert.setItemLabelGenerator(PersonSummary::fullName);
        expert.setVisible(currentUser.hasRole(Role.HEAD));
        expert.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            if (hasChanges()) {
                // ask before the other expert's profile replaces the unsaved changes
                PersonSummary before = e.getOldValue();
                expert.setValue(before);
                UnsavedChanges.confirmDiscard(() -> {
                    expert.setValue(e.getValue());
                    load(e.getValue().id());
                });
                return;
            }
            load(e.getValue().id());
        });
        // the view stays open after saving, so the button is enabled again when the save returns
        Button save = SubmitButtons.primary(getTranslation("action.save"), () -> {
            save();
            return false;
        });
        save.setId("profile-save");
        formError.setId("profile-error");
        formError.addClassName("pso-form-error");
        formError.setVisible(false);
        add(
                new H1(getTranslation("expertProfile.title")),
                expert,
                settings,
                new H3(getTranslation("expertProfile.hours")),
                hours,
                new H3(getTranslation("expertProfile.timeOff")),
                timeOff,
                formError,
                save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("expert")
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .filter(x -> currentUser.hasRole(Role.HEAD))
                .orElse(currentUser.personId());
        if (!experts.canEdit(id)) {
            event.forwardTo("experts");
            return;
        }
        load(id);
    }

    private void load(long id) {
        expert.getListDataView()
                .getItems()
                .filter(p -> p.id() == id)
                .findFirst()
                .ifPresent(expert::setValue);
        ExpertProfileForm f = experts.loadForm(id);
        settings.read(f);
        hours.setValue(f.getHours());
        timeOff.setValue(f.getTimeOff());
        savedState = state();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (hasChanges()) {
            ContinueNavigationAction leave = event.postpone();
            UnsavedChanges.confirmDiscard(leave::proceed);
        }
    }

    private boolean hasChanges() {
        return !state().equals(savedState) || timeOff.hasChanges();
    }

    /** The values of the fields, to tell whether the user changed any since loading or saving. */
    private List<Object> state() {
        List<Object> values = new ArrayList<>(settings.values());
        values.addAll(hours.texts());
        return values;
    }

    /** The expert whose profile is open. */
    private long expertId() {
        return expert.getValue() != null ? expert.getValue().id() : currentUser.personId();
    }

    private void save() {
        long id = expertId();
        clearRefusal();
        Optional<List<WorkingHours>> week = hours.value();
        if (week.isEmpty()) {
            // the day that is wrong says why on its field
            return;
        }
        try {
            ExpertProfileForm f = new ExpertProfileForm();
            settings.writeTo(f);
            f.setHours(week.get());
            f.setTimeOff(timeOff.getValue());
            experts.save(id, f);
            savedState = state();
            timeOff.markSaved();
            Notifications.success(getTranslation("expert.saved"));
        } catch (UserMessageException e) {
            showRefusal(e);
        }
    }

    /** On the field the refusal concerns, else above the Save button: never in a message over the form. */
    private void showRefusal(UserMessageException e) {
        String text = Notifications.text(e);
        formError.setText(text);
        formError.setVisible(!settings.showRefusal(e.messageKey(), text));
    }

    private void clearRefusal() {
        settings.clearRefusal();
        formError.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expertProfile.title") + " · " + getTranslation("app.name");
    }
}
