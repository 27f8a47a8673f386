package org.psoportal.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.internal.NotificationPreferences;
import org.psoportal.notifications.internal.NotificationSettingsService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Everyone reaches their notification settings from the notifications page and chooses e-mail per kind there. */
@WithUserDetails(DemoAccounts.STAFF)
class NotificationSettingsViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NotificationSettingsService settings;

    /** The demo person starts from the defaults (no row), whatever ran before. */
    @BeforeEach
    void defaults() {
        jdbc.update(
                "DELETE FROM notification_settings WHERE person_id = (SELECT id FROM person WHERE email = ?)",
                DemoAccounts.STAFF);
    }

    @Test
    void aPersonFindsTheSettingsFromTheNotificationsPageWithEmailOnForEveryKind() {
        navigate(NotificationsView.class);
        assertThat($(RouterLink.class)
                        .withId("notification-settings-link")
                        .single()
                        .getHref())
                .isEqualTo("notifications/settings");
        navigate(NotificationSettingsView.class);

        assertThat($(Checkbox.class).all())
                .as("one e-mail choice per kind, and the digest")
                .hasSize(NotificationKind.values().length + 1);
        Checkbox comments = $(Checkbox.class).withId("email-TASK_COMMENTS").single();
        assertThat(comments.getLabel()).isEqualTo("Comments on tasks I follow");
        assertThat(comments.getValue()).as("e-mail on by default").isTrue();
        assertThat($(Checkbox.class).withId("notification-digest").single().getValue())
                .isFalse();
    }

    @Test
    void withoutSmtpTheEmailChoicesAreDisabledAndSayWhyAndWhatWasChosenStays() {
        // what was chosen while SMTP was configured is shown as chosen, and saving keeps it
        settings.saveMine(new NotificationPreferences(Set.of(NotificationKind.BOOKINGS), true));
        navigate(NotificationSettingsView.class);
        assertThat($(Checkbox.class).withId("email-BOOKINGS").single().isEnabled())
                .isFalse();
        assertThat($(Paragraph.class).withId("notification-no-email").single().getText())
                .isEqualTo("This portal sends no e-mail: everything comes in the portal only.");
        assertThat($(Checkbox.class).withId("email-BOOKINGS").single().getValue())
                .isFalse();
        assertThat($(Checkbox.class).withId("email-TRAINING").single().getValue())
                .isTrue();
        assertThat($(Checkbox.class).withId("notification-digest").single().getValue())
                .isTrue();
        test($(Button.class).withId("notification-settings-save").single()).click();
        assertThat(settings.mine()).isEqualTo(new NotificationPreferences(Set.of(NotificationKind.BOOKINGS), true));
    }
}
