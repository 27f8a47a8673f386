package org.psoportal.shell.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.psoportal.notifications.NotificationService;
import org.psoportal.notifications.UnreadCountListeners;
import org.psoportal.shared.db.DatabaseUnavailable;

/**
 * The header's bell: links to the notification list and shows the number of unread notes, live: a new note for this
 * person (or all read in another tab) updates it by server push.
 */
class NotificationBell extends Anchor {

    private final transient NotificationService notifications;
    private final transient UnreadCountListeners changes;
    private final Span count = new Span();
    private transient Runnable release;

    NotificationBell(NotificationService notifications, UnreadCountListeners changes) {
        super("notifications");
        this.notifications = notifications;
        this.changes = changes;
        setId("notification-bell");
        addClassName("pso-bell");
        setAriaLabel(getTranslation("nav.notifications"));
        count.getElement().getThemeList().add("badge error pill small");
        // Hidden until a count is known (an error page never asks, and an empty badge would look like unread notes).
        count.setVisible(false);
        add(VaadinIcon.BELL.create(), count);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        Runnable[] self = new Runnable[1];
        self[0] = changes.listenToMine(() -> {
            if (ui.isClosing() || ui.getSession() == null) {
                // the session ended without detaching the layout (e.g. invalidated elsewhere): let go
                self[0].run();
                return;
            }
            ui.access(this::refresh);
        });
        release = self[0];
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (release != null) {
            release.run();
            release = null;
        }
        super.onDetach(detachEvent);
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
