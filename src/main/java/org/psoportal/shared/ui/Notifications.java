package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.psoportal.shared.UserMessageException;

/** One look for feedback: short success notes, longer-lived error messages. */
public final class Notifications {

    private Notifications() {}

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = new Notification(text, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("pso-error-notification");
        n.open();
        return n;
    }

    /** The translated text of a refusal, for showing in a form or a notification. */
    public static String text(UserMessageException e) {
        UI ui = UI.getCurrent();
        return ui == null ? e.messageKey() : ui.getTranslation(e.messageKey(), e.args());
    }
}
