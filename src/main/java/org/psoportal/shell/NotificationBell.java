package org.psoportal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.psoportal.notifications.NotificationService;
import org.psoportal.shared.db.DatabaseUnavailable;

/** The header's bell: links to the notification list and shows the number of unread notes. */
class NotificationBell extends Anchor {

    private final transient NotificationService notifications;
    private final Span count = new Span();

    NotificationBell(NotificationService notifications) {
        super("notifications");
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("pso-bell");
        setAriaLabel(getTranslation("nav.notifications"));
        count.getElement().getThemeList().add("badge error pill small");
        // Hidden until a count is known (an error page never asks, and an empty badge would look like unread notes).
        count.setVisible(false);
        add(VaadinIcon.BELL.create(), count);
    }

    /** The bell is an extra: when the database cannot be reached, it shows no count rather than break the page. */
    void refresh() {
        long unread;
        try {
            unread = notifications.unreadCount();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e)) {
                throw e;
            }
            count.setVisible(false);
            return;
        }
        String shown = unread > 99 ? "99+" : String.valueOf(unread);
        count.setText(shown);
        count.setVisible(unread > 0);
        // the accessible name contains the visible count, so speech users can say what they see (WCAG 2.5.3)
        setAriaLabel(
                unread > 0 ? getTranslation("nav.notifications.unread", shown) : getTranslation("nav.notifications"));
    }
}
