package org.psoportal.reminders.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.psoportal.reminders.internal.ReminderPreferences;
import org.psoportal.reminders.internal.ReminderSettingsService;
import org.psoportal.reminders.internal.ReminderTime;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * The signed-in person's reminder choices: two reminder times (or off) and whether reminders come by e-mail too.
 * Everyone has appointments (as booker or as expert), so everyone signed in may open it; it shows only their own.
 */
@Route("reminders")
@PermitAll
@Menu(title = "nav.reminders", order = 25, icon = "vaadin:alarm")
public class ReminderSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReminderSettingsService settings;
    private final Select<ReminderTime> first = timeSelect("reminders.first", "reminder-first");
    private final Select<ReminderTime> second = timeSelect("reminders.second", "reminder-second");
    private final Checkbox email = new Checkbox();

    public ReminderSettingsView(ReminderSettingsService settings) {
        this.settings = settings;
        addClassName("pso-view");
        email.setLabel(getTranslation("reminders.email"));
        email.setId("reminder-email");
        boolean mail = settings.emailAvailable();
        email.setEnabled(mail);
        Paragraph noMail = new Paragraph(getTranslation("reminders.email.unavailable"));
        noMail.setId("reminder-no-email");
        noMail.setVisible(!mail);
        Button save = SubmitButtons.primary(getTranslation("action.save"), () -> {
            show(settings.saveMine(new ReminderPreferences(first.getValue(), second.getValue(), email.getValue())));
            Notifications.success(getTranslation("reminders.saved"));
            return false;
        });
        save.setId("reminder-save");
        add(
                new H1(getTranslation("reminders.title")),
                new Paragraph(getTranslation("reminders.intro")),
                first,
                second,
                email,
                noMail,
                save);
        show(settings.mine());
    }

    private void show(ReminderPreferences preferences) {
        first.setValue(preferences.first());
        second.setValue(preferences.second());
        email.setValue(preferences.email());
    }

    /** A reminder time, with an empty choice that switches the reminder off. */
    private Select<ReminderTime> timeSelect(String labelKey, String id) {
        Select<ReminderTime> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setId(id);
        select.setItems(ReminderTime.values());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("reminders.off"));
        select.setItemLabelGenerator(time -> time == null
                ? getTranslation("reminders.off")
                : getTranslation("reminders.before", getTranslation(time.labelKey())));
        return select;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminders.title") + " · " + getTranslation("app.name");
    }
}
