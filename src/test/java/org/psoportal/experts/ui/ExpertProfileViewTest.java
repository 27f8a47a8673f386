package org.psoportal.experts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.psoportal.experts.ExpertService;
import org.psoportal.security.CurrentUser;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.EXPERT)
class ExpertProfileViewTest extends BrowserlessViewTest {

    @Autowired
    ExpertService experts;

    @Autowired
    CurrentUser currentUser;

    @Test
    void leavingWithAnEditedProfileAsksAndStaysUntilConfirmed() {
        navigate(ExpertProfileView.class);
        TextField headline = find(TextField.class).withId("profile-headline").single();
        test(headline).setValue(headline.getValue() + " (edited)");

        UI.getCurrent().navigate("notifications");

        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("discard-changes").single();
        assertThat(test(confirm).getHeader()).isEqualTo("Discard changes?");
        assertThat(getCurrentView()).isInstanceOf(ExpertProfileView.class);
        test(confirm).cancel();
        assertThat(getCurrentView()).isInstanceOf(ExpertProfileView.class);

        UI.getCurrent().navigate("notifications");
        test(find(ConfirmDialog.class).withId("discard-changes").last()).confirm();
        assertThat(getCurrentView()).isNotInstanceOf(ExpertProfileView.class);
    }

    @Test
    void timeOffTypedButNotSavedAsksBeforeLeaving() {
        navigate(ExpertProfileView.class);
        test(find(DatePicker.class).withId("timeoff-from").single()).setValue(LocalDate.of(2030, 1, 7));
        test(find(Button.class).withId("timeoff-add").single()).click();

        UI.getCurrent().navigate("notifications");

        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(ExpertProfileView.class);
    }

    @Test
    void workingHoursEndingBeforeTheyStartAreSaidOnThatDaysFieldNamingTheDayAndNothingIsSaved() {
        navigate(ExpertProfileView.class);
        TextField wednesday = find(TextField.class).withId("hours-WEDNESDAY").single();
        String before = wednesday.getValue();

        test(wednesday).setValue("17:00-09:00");

        // said when the field is left, before any save
        assertThat(wednesday.isInvalid()).isTrue();
        assertThat(wednesday.getErrorMessage()).isEqualTo("Wednesday: the end must be after the start (17:00-09:00).");

        test(find(Button.class).withId("profile-save").single()).click();

        assertThat(wednesday.isInvalid()).isTrue();
        assertThat(find(TextField.class).withId("hours-MONDAY").single().isInvalid())
                .isFalse();
        assertThat(find(Notification.class).exists())
                .as("no message over the form")
                .isFalse();
        assertThat(HoursField.format(
                        experts.loadForm(currentUser.personId()).getHours(), java.time.DayOfWeek.WEDNESDAY))
                .isEqualTo(before);

        test(wednesday).setValue("09:00-17:00");
        assertThat(wednesday.isInvalid()).isFalse();
    }

    @Test
    void aRefusedSaveIsSaidOnTheFieldItConcernsNotInAMessageOverTheForm() {
        navigate(ExpertProfileView.class);
        TextField headline = find(TextField.class).withId("profile-headline").single();
        String before = headline.getValue();
        test(headline).setValue("");

        test(find(Button.class).withId("profile-save").single()).click();

        assertThat(headline.isInvalid()).isTrue();
        assertThat(headline.getErrorMessage()).startsWith("Enter a headline of at most 120 characters");
        assertThat(find(Notification.class).exists())
                .as("no message over the form")
                .isFalse();
        assertThat(experts.loadForm(currentUser.personId()).getHeadline()).isEqualTo(before);

        test(headline).setValue(before);
        test(find(Button.class).withId("profile-save").single()).click();
        assertThat(headline.isInvalid()).isFalse();
    }

    @Test
    void anUnchangedProfileLeavesWithoutAsking() {
        navigate(ExpertProfileView.class);

        UI.getCurrent().navigate("notifications");

        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
        assertThat(getCurrentView()).isNotInstanceOf(ExpertProfileView.class);
    }

    @Test
    void theSaveButtonIsDisabledOnClickAndEnabledAgainAfterTheSave() {
        navigate(ExpertProfileView.class);
        Button save = find(Button.class).withId("profile-save").single();
        assertThat(save.isDisableOnClick()).isTrue();

        test(save).click();

        assertThat(save.isEnabled()).isTrue();
        UI.getCurrent().navigate("notifications");
        assertThat(find(ConfirmDialog.class).withId("discard-changes").exists()).isFalse();
    }
}
