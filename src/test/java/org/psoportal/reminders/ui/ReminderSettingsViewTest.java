package org.psoportal.reminders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.reminders.internal.ReminderPreferences;
import org.psoportal.reminders.internal.ReminderSettingsService;
import org.psoportal.reminders.internal.ReminderTime;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Everyone reaches "Reminders" from the navigation and changes their own reminder times there. */
@WithUserDetails(DemoAccounts.STAFF)
class ReminderSettingsViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderSettingsService settings;

    /** The demo person starts from the defaults (no row), whatever ran before. */
    @BeforeEach
    void defaults() {
        jdbc.update(
                "DELETE FROM reminder_settings WHERE person_id = (SELECT id FROM person WHERE email = ?)",
                DemoAccounts.STAFF);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonSeesTheDefaultsChangesThemAndFindsThemSavedNextTime() {
        navigate(ReminderSettingsView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getPath)
                .contains("reminders");
        Select<ReminderTime> first = find(Select.class).id("reminder-first");
        Select<ReminderTime> second = find(Select.class).id("reminder-second");
        assertThat(first.getValue()).isEqualTo(ReminderTime.DAY_1);
        assertThat(second.getValue()).isEqualTo(ReminderTime.HOUR_1);
        assertThat(first.getItemLabelGenerator().apply(ReminderTime.DAY_1)).isEqualTo("1 day before");

        test(first).selectItem("2 hours before");
        second.clear(); // "Off"
        test(find(Button.class).id("reminder-save")).click();

        assertThat(settings.mine()).isEqualTo(new ReminderPreferences(ReminderTime.HOURS_2, null, true));
        navigate(ReminderSettingsView.class);
        assertThat(((Select<ReminderTime>) find(Select.class).id("reminder-first")).getValue())
                .isEqualTo(ReminderTime.HOURS_2);
        assertThat(((Select<ReminderTime>) find(Select.class).id("reminder-second")).getValue())
                .as("off")
                .isNull();
    }

    @Test
    void withoutSmtpTheEmailChoiceIsDisabledAndSaysWhy() {
        navigate(ReminderSettingsView.class);
        assertThat(find(Checkbox.class).id("reminder-email").isEnabled()).isFalse();
        assertThat(find(Paragraph.class).id("reminder-no-email").getText())
                .isEqualTo("This portal sends no e-mail: reminders come in the portal only.");
    }
}
