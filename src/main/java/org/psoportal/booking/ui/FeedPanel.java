package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import org.psoportal.booking.internal.CalendarFeedService;
import org.psoportal.shared.ui.Notifications;

/**
 * The private calendar feed: its address (to copy) and a {@code webcal:} link that opens the calendar app, shown
 * again whenever the owner comes back; regenerating replaces the address and the old one stops working.
 */
class FeedPanel extends Details {

    private final TextField url = new TextField();
    private final Anchor subscribe = new Anchor();
    private final HorizontalLayout address;
    /** The feed's path, once there is a token to show. */
    private String path;

    FeedPanel(CalendarFeedService feeds) {
        setSummaryText(getTranslation("myBookings.feed"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("feed-url");
        url.setLabel(getTranslation("myBookings.feed.address"));
        subscribe.setText(getTranslation("myBookings.feed.subscribe"));
        subscribe.setId("feed-webcal");
        Button copy = new Button(getTranslation("myBookings.feed.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.setId("feed-copy");
        address = new HorizontalLayout(copy, subscribe);
        address.setAlignItems(HorizontalLayout.Alignment.CENTER);
        String token = feeds.currentToken().orElse(null);
        Paragraph hidden = new Paragraph(getTranslation("myBookings.feed.hidden"));
        hidden.setVisible(token == null && feeds.hasToken());
        Button generate =
                new Button(getTranslation(feeds.hasToken() ? "myBookings.feed.regenerate" : "myBookings.feed.create"));
        generate.setId("feed-generate");
        generate.addClickListener(e -> {
            show(feeds.regenerateToken());
            hidden.setVisible(false);
            generate.setText(getTranslation("myBookings.feed.regenerate"));
        });
        show(token);
        addAttachListener(e -> fetchBrowserAddress());
        add(new VerticalLayout(new Paragraph(getTranslation("myBookings.feed.intro")), hidden, url, address, generate));
    }

    private void show(String token) {
        url.setVisible(token != null);
        address.setVisible(token != null);
        if (token == null) {
            return;
        }
        path = "/calendar/feed/" + token + ".ics";
        VaadinRequest request = VaadinRequest.getCurrent();
        String host = request == null ? null : request.getHeader("Host");
        showAddress(
                host == null || host.isBlank() ? "localhost" : host,
                request != null && request.isSecure() ? "https" : "http");
        fetchBrowserAddress();
    }

    /** The browser knows the address it reached the portal by (behind a proxy the server may not). */
    private void fetchBrowserAddress() {
        if (path != null) {
            getUI().ifPresent(ui -> ui.getPage()
                    .fetchCurrentURL(current -> showAddress(current.getAuthority(), current.getProtocol())));
        }
    }

    private void showAddress(String authority, String protocol) {
        url.setValue(protocol + "://" + authority + path);
        // webcal: is not on Vaadin's list of safe schemes; this one is built here from a fixed scheme, the portal's
        // own host and a base64url token, so nothing in it comes from another user.
        subscribe.setUnsafeHref("webcal://" + authority + path);
    }

    private void copy() {
        url.getElement().executeJs("return navigator.clipboard.writeText($0)", url.getValue());
        Notifications.success(getTranslation("myBookings.feed.copied"));
    }
}
