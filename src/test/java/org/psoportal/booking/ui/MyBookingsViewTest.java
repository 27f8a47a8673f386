package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.CalendarFeedService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class MyBookingsViewTest extends BrowserlessViewTest {

    @Autowired
    CalendarFeedService feeds;

    @Test
    void theFeedAddressIsShownAgainWithAWebcalLink() {
        String token = feeds.regenerateToken();
        navigate(MyBookingsView.class);
        String path = "/calendar/feed/" + token + ".ics";
        assertThat(find(TextField.class).id("feed-url").getValue()).endsWith(path);
        assertThat(find(Anchor.class).id("feed-webcal").getHref())
                .startsWith("webcal://")
                .endsWith(path);

        test(find(Button.class).id("feed-generate")).click();
        String replaced = feeds.currentToken().orElseThrow();
        assertThat(replaced).isNotEqualTo(token);
        assertThat(find(TextField.class).id("feed-url").getValue()).endsWith("/calendar/feed/" + replaced + ".ics");

        navigate(MyBookingsView.class);
        assertThat(find(TextField.class).id("feed-url").getValue())
                .as("seen again on a later visit")
                .endsWith("/calendar/feed/" + replaced + ".ics");
    }
}
