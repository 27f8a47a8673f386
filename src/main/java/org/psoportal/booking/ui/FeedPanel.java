package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.psoportal.booking.CalendarFeedService;

/**
 * The private calendar feed. The token is shown once, right after it is made: only its hash is stored, so the
 * portal cannot show it again (regenerate to get a new address).
 */
class FeedPanel extends Details {

    FeedPanel(CalendarFeedService feeds) {
        setSummaryText(getTranslation("myBookings.feed"));
        TextField url = new TextField();
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        url.setId("feed-url");
        Paragraph hidden = new Paragraph(getTranslation("myBookings.feed.hidden"));
        hidden.setVisible(feeds.hasToken());
        Button generate =
                new Button(getTranslation(feeds.hasToken() ? "myBookings.feed.regenerate" : "myBookings.feed.create"));
        generate.setId("feed-generate");
        generate.addClickListener(e -> {
            String token = feeds.regenerateToken();
            getUI().ifPresent(ui -> ui.getPage()
                    .fetchCurrentURL(current -> url.setValue(current.getProtocol() + "://" + current.getAuthority()
                            + "/calendar/feed/" + token + ".ics")));
            url.setValue("/calendar/feed/" + token + ".ics");
            url.setVisible(true);
            hidden.setVisible(false);
            generate.setText(getTranslation("myBookings.feed.regenerate"));
        });
        add(new VerticalLayout(new Paragraph(getTranslation("myBookings.feed.intro")), hidden, url, generate));
    }
}
