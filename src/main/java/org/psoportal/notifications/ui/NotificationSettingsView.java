package org.psoportal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.internal.NotificationPreferences;
import org.psoportal.notifications.internal.NotificationSettingsService;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * The signed-in person's notification choices: per kind whether it also comes by e-mail (in the portal it always
 * comes), and a daily digest instead of single e-mails. Reached from the notifications page.
 */
@Route("notifications/settings")
@PermitAll
public class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final Map<NotificationKind, Checkbox> email = new EnumMap<>(NotificationKind.class);
    private final Checkbox digest = new Checkbox();

    public NotificationSettingsView(NotificationSettingsService settings) {
        addClassName("pso-view");
        boolean mail = settings.emailAvailable();
        Div kinds = new Div();
        kinds.setId("notification-kinds");
        for (NotificationKind kind : NotificationKind.values()) {
            Checkbox box = new Checkbox(getTranslation(kind.labelKey()));
            box.setId("email-" + kind.name());
            box.setEnabled(mail);
            email.put(kind, box);
            Div row = new Div(box);
            kinds.add(row);
        }
        digest.setLabel(getTranslation("notifications.settings.digest"));
        digest.setId("notification-digest");
        digest.setEnabled(mail);
        Paragraph noMail = new Paragraph(getTranslation("notifications.settings.noEmail"));
        noMail.setId("notification-no-email");
        noMail.setVisible(!mail);
        Button save = SubmitButtons.primary(getTranslation("action.save"), () -> {
            show(settings.saveMine(read()));
            Notifications.success(getTranslation("notifications.settings.saved"));
            return false;
        });
        save.setId("notification-settings-save");
        add(
                new H1(getTranslation("notifications.settings.title")),
                new Paragraph(getTranslation("notifications.settings.intro")),
                new Paragraph(getTranslation("notifications.settings.email")),
                kinds,
                digest,
                noMail,
                save);
        show(settings.mine());
    }

    private NotificationPreferences read() {
        Set<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        email.forEach((kind, box) -> {
            if (!box.getValue()) {
                off.add(kind);
            }
        });
        return new NotificationPreferences(off, digest.getValue());
    }

    private void show(NotificationPreferences preferences) {
        email.forEach((kind, box) -> box.setValue(preferences.emailFor(kind)));
        digest.setValue(preferences.digest());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.settings.title") + " · " + getTranslation("app.name");
    }
}
