package org.psoportal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.psoportal.notifications.NotificationService;
import org.psoportal.notifications.internal.NotificationItem;
import org.psoportal.shared.ui.TimeFormats;

/** The signed-in person's latest notifications (newest first); unread ones in bold until marked read. */
@Route("notifications")
@PermitAll
@Menu(title = "nav.notifications", order = 24, icon = "vaadin:bell")
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    private final transient ZoneId zone;
    private final Div list = new Div();

    public NotificationsView(NotificationService notifications, ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
        addClassName("pso-view");
        list.setId("notification-list");
        Button markRead = new Button(getTranslation("notifications.markRead"), e -> {
            notifications.markAllRead();
            refresh();
        });
        RouterLink settings =
                new RouterLink(getTranslation("notifications.settingsLink"), NotificationSettingsView.class);
        settings.setId("notification-settings-link");
        add(new H1(getTranslation("notifications.title")), new Div(markRead, new Span(" "), settings), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<NotificationItem> items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("notifications.empty")));
        }
        DateTimeFormatter fmt = TimeFormats.dateTimeFormat(zone);
        for (NotificationItem n : items) {
            Span when = new Span(fmt.format(n.createdAt()) + " ");
            when.getStyle().set("color", "var(--lumo-secondary-text-color)");
            String text = getTranslation(n.messageKey(), n.args());
            // the words themselves lead to the place (a lone arrow tells a screen reader nothing)
            Div row = new Div(when, n.link() == null ? new Span(text) : new Anchor(n.link(), text));
            if (!n.read()) {
                row.getStyle().set("font-weight", "600");
            }
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · " + getTranslation("app.name");
    }
}
