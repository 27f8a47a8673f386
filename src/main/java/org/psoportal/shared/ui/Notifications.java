package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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

    /**
     * A success note with one action (e.g. "Undo"), shown ten seconds; the action closes the note. Screen readers
     * hear the text (notifications are a live region) and keyboard users reach the button with Tab.
     */
    public static Notification undoable(String text, String actionLabel, Runnable action) {
        Notification n = new Notification();
        n.setDuration(10_000);
        n.setPosition(Notification.Position.BOTTOM_START);
        // the plain (light) look: a button on the green success background would lack contrast
        Button undo = new Button(actionLabel, e -> {
            n.close();
            action.run();
        });
        undo.addClassName("pso-notification-action");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout content = new HorizontalLayout(new Span(text), undo);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
        return n;
    }

    /** The translated text of a refusal, for showing in a form or a notification. */
    public static String text(UserMessageException e) {
        UI ui = UI.getCurrent();
        return ui == null ? e.messageKey() : ui.getTranslation(e.messageKey(), e.args());
    }
}
