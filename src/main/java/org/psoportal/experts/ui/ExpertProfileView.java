package org.psoportal.experts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.psoportal.experts.ExpertProfileForm;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.WorkingHours;
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
    private final TextField headline = new TextField();
    private final TextArea bio = new TextArea();
    private final TextField skills = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final Checkbox bookable = new Checkbox();
    private final IntegerField minNotice = new IntegerField();
    private final IntegerField horizon = new IntegerField();
    private final IntegerField buffer = new IntegerField();
    private final Select<Integer> slot = new Select<>();
    private final IntegerField minLength = new IntegerField();
    private final IntegerField maxLength = new IntegerField();
    private final Checkbox approval = new Checkbox();
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
        headline.setLabel(getTranslation("expertProfile.headline"));
        headline.setMaxLength(120);
        headline.setId("profile-headline");
        bio.setLabel(getTranslation("expertProfile.bio"));
        bio.setMaxLength(2000);
        skills.setLabel(getTranslation("expertProfile.skills"));
        capacity.setLabel(getTranslation("expertProfile.capacity"));
        bookable.setLabel(getTranslation("expertProfile.bookable"));
        minNotice.setLabel(getTranslation("expertProfile.minNotice"));
        horizon.setLabel(getTranslation("expertProfile.horizon"));
        buffer.setLabel(getTranslation("expertProfile.buffer"));
        slot.setLabel(getTranslation("expertProfile.slot"));
        slot.setItems(15, 30);
        minLength.setLabel(getTranslation("expertProfile.minLength"));
        maxLength.setLabel(getTranslation("expertProfile.maxLength"));
        approval.setLabel(getTranslation("expertProfile.approval"));
        FormLayout form = new FormLayout(
                headline, skills, bio, capacity, minNotice, horizon, buffer, slot, minLength, maxLength, bookable,
                approval);
        form.setColspan(bio, 2);
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
                form,
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
        headline.setValue(f.getHeadline() == null ? "" : f.getHeadline());
        bio.setValue(f.getBio() == null ? "" : f.getBio());
        skills.setValue(String.join(", ", f.getSkills()));
        capacity.setValue(f.getWeeklyCapacityHours());
        bookable.setValue(f.isBookable());
        minNotice.setValue(f.getMinNoticeMinutes());
        horizon.setValue(f.getHorizonDays());
        buffer.setValue(f.getBufferMinutes());
        slot.setValue(f.getSlotMinutes());
        minLength.setValue(f.getMinLengthMinutes());
        maxLength.setValue(f.getMaxLengthMinutes());
        approval.setValue(f.isRequiresApproval());
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
        List<Object> values = new ArrayList<>(Arrays.asList(
                headline.getValue(),
                bio.getValue(),
                skills.getValue(),
                capacity.getValue(),
                bookable.getValue(),
                minNotice.getValue(),
                horizon.getValue(),
                buffer.getValue(),
                slot.getValue(),
                minLength.getValue(),
                maxLength.getValue(),
                approval.getValue()));
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
            f.setHeadline(headline.getValue());
            f.setBio(bio.getValue());
            f.setSkills(Arrays.stream(skills.getValue().split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList());
            f.setWeeklyCapacityHours(orZero(capacity.getValue()));
            f.setBookable(bookable.getValue());
            f.setMinNoticeMinutes(orZero(minNotice.getValue()));
            f.setHorizonDays(orZero(horizon.getValue()));
            f.setBufferMinutes(orZero(buffer.getValue()));
            f.setSlotMinutes(slot.getValue() == null ? 30 : slot.getValue());
            f.setMinLengthMinutes(orZero(minLength.getValue()));
            f.setMaxLengthMinutes(orZero(maxLength.getValue()));
            f.setRequiresApproval(approval.getValue());
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

    /** The fields a refusal of the service concerns; empty when it concerns the profile as a whole. */
    private List<HasValidationProperties> fieldsOf(UserMessageException e) {
        return switch (e.messageKey()) {
            case "expert.headline.required" -> List.of(headline);
            case "expert.skill.tooLong" -> List.of(skills);
            case "expert.slot.invalid" -> List.of(slot);
            case "expert.length.invalid" -> List.of(minLength, maxLength);
            default -> List.of();
        };
    }

    private void showRefusal(UserMessageException e) {
        String text = Notifications.text(e);
        List<HasValidationProperties> fields = fieldsOf(e);
        fields.forEach(f -> {
            f.setErrorMessage(text);
            f.setInvalid(true);
        });
        formError.setText(text);
        formError.setVisible(fields.isEmpty());
    }

    private void clearRefusal() {
        List.<HasValidationProperties>of(headline, skills, slot, minLength, maxLength)
                .forEach(f -> f.setInvalid(false));
        formError.setVisible(false);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("expertProfile.title") + " · " + getTranslation("app.name");
    }
}
