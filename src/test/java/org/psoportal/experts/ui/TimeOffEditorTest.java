package org.psoportal.experts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.experts.ExpertService;
import org.psoportal.experts.TimeOff;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Time off in the expert profile, as the head of the PSO edits a fresh expert's profile. */
@WithUserDetails(DemoAccounts.HEAD)
class TimeOffEditorTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    ExpertService experts;

    @Autowired
    ZoneId zone;

    private long expert;
    private LocalDate today;

    @BeforeEach
    void openAFreshExpertsProfile() {
        expert = fixture.newExpert(0);
        today = LocalDate.now(zone);
        UI.getCurrent()
                .navigate(ExpertProfileView.class, QueryParameters.simple(Map.of("expert", String.valueOf(expert))));
    }

    private DatePicker from() {
        return find(DatePicker.class).withId("timeoff-from").single();
    }

    private DatePicker to() {
        return find(DatePicker.class).withId("timeoff-to").single();
    }

    private Button add() {
        return find(Button.class).withId("timeoff-add").single();
    }

    private Paragraph clashes() {
        return find(Paragraph.class).withId("timeoff-clashes").single();
    }

    private boolean clashesShown() {
        return find(Paragraph.class).withId("timeoff-clashes").exists();
    }

    private java.util.List<String> errorMessages() {
        return find(Notification.class).withClassName("pso-error-notification").all().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    private void saveProfile() {
        test(find(Button.class).withId("profile-save").single()).click();
    }

    @Test
    void aFirstDayInThePastIsRefusedOnTheFieldAsItIsEntered() {
        // The calendar greys out past days, so the tester refuses to pick one; a typed date arrives like this.
        from().setValue(today.minusDays(1));

        assertThat(from().isInvalid()).isTrue();
        assertThat(from().getErrorMessage())
                .isEqualTo("Time off cannot start in the past: choose today or a later day.");

        test(add()).click();
        saveProfile();
        assertThat(experts.loadForm(expert).getTimeOff()).isEmpty();
        assertThat(errorMessages()).as("no error message over the form").isEmpty();

        test(from()).setValue(today);
        assertThat(from().isInvalid()).isFalse();
    }

    @Test
    void aLastDayBeforeTheFirstIsRefusedOnTheLastDayField() {
        test(from()).setValue(today.plusDays(10));
        // typed: the calendar greys out the days before the first day
        to().setValue(today.plusDays(8));

        assertThat(to().isInvalid()).isTrue();
        assertThat(to().getErrorMessage()).isEqualTo("Time off must end on or after its first day.");
        assertThat(from().isInvalid()).isFalse();

        test(add()).click();
        saveProfile();
        assertThat(experts.loadForm(expert).getTimeOff()).isEmpty();
        assertThat(errorMessages()).as("no error message over the form").isEmpty();
    }

    @Test
    void timeOffOverABookingNamesItWhenEnteredAndCanStillBeSaved() {
        BookingRow booking = fixture.runAs(
                "staff@pso.example",
                () -> bookings.book(new BookingRequest(
                        expert,
                        fixture.activeProjectId(),
                        fixture.at(5, 10, 0),
                        fixture.at(5, 11, 0),
                        "Roadmap review",
                        null)));
        assertThat(clashesShown()).isFalse();

        test(from()).setValue(today.plusDays(4));
        test(to()).setValue(today.plusDays(6));

        assertThat(clashesShown()).isTrue();
        assertThat(clashes().getText())
                .startsWith("On these days the expert has bookings: ")
                .contains("10:00–11:00 booked by " + booking.bookerName() + " (confirmed)");
        assertThat(add().getText()).isEqualTo("Add anyway");

        test(add()).click();
        saveProfile();

        assertThat(experts.loadForm(expert).getTimeOff())
                .containsExactly(new TimeOff(today.plusDays(4), today.plusDays(6), null));
        assertThat(clashesShown()).isFalse();
        assertThat(add().getText()).isEqualTo("Add time off");
    }

    @Test
    void daysWithoutBookingsAreAddedWithoutAWarning() {
        fixture.runAs(
                "staff@pso.example",
                () -> bookings.book(new BookingRequest(
                        expert,
                        fixture.activeProjectId(),
                        fixture.at(5, 10, 0),
                        fixture.at(5, 11, 0),
                        "Roadmap review",
                        null)));

        test(from()).setValue(today.plusDays(6));

        assertThat(clashesShown()).isFalse();
        assertThat(add().getText()).isEqualTo("Add time off");
    }
}
