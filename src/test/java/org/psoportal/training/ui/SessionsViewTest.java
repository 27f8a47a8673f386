package org.psoportal.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.RunAs;
import org.psoportal.training.internal.SessionForm;
import org.psoportal.training.internal.SessionRow;
import org.psoportal.training.internal.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Sessions page as staff and experts use it: register, the waitlist's message, a refused publication. */
class SessionsViewTest extends BrowserlessViewTest {

    @Autowired
    TrainingService training;

    @Autowired
    BookingFixture fixture;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffRegisterForAProjectAndSeeTheirSeatAtOnce() {
        SessionRow s = publish(2);
        open(s);
        assertThat($(Button.class).withId("publish-session").exists())
                .as("staff publish nothing")
                .isFalse();
        assertThat(cardText(s)).contains("2 of 2 seats left");
        test(find(Button.class).id("register-" + s.id())).click();
        pickProject();
        test(find(Button.class).id("register-confirm")).click();
        assertThat(cardText(s)).contains("You have a seat").contains("1 of 2 seats left");
        assertThat($(Button.class).withId("leave-" + s.id()).exists()).isTrue();
    }

    @Test
    @WithUserDetails("kenji.tanaka@pso.example")
    @SuppressWarnings("unchecked")
    void theNextRegistrationOffersTheProjectOfTheLastOne() {
        SessionRow first = publish(3);
        SessionRow second = publish(3);
        open(first);
        test(find(Button.class).id("register-" + first.id())).click();
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("register-project");
        ProjectSummary last = project.getListDataView().getItems().toList().getLast();
        test(project).selectItem(last.label());
        test(find(Button.class).id("register-confirm")).click();
        open(second);
        test(find(Button.class).id("register-" + second.id())).click();
        ComboBox<ProjectSummary> offered = find(ComboBox.class).id("register-project");
        assertThat(offered.getValue()).isEqualTo(last);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadManagesAnySessionAndMayStillTakeASeat() {
        SessionRow s = publish(2);
        open(s);
        assertThat($(Button.class).withId("manage-" + s.id()).exists()).isTrue();
        assertThat($(Button.class).withId("register-" + s.id()).exists()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void aFullSessionOffersTheWaitlistAndSaysWhereTheReaderStands() {
        SessionRow s = publish(1);
        runAs.call("oliver.bennett@pso.example", () -> training.register(s.id(), fixture.activeProjectId()));
        open(s);
        assertThat(cardText(s)).contains("Full (1 seats)");
        Button join = find(Button.class).id("register-" + s.id());
        assertThat(join.getText()).isEqualTo("Join the waitlist");
        test(join).click();
        assertThat(find(com.vaadin.flow.component.dialog.Dialog.class)
                        .first()
                        .getElement()
                        .getTextRecursively())
                .contains("All seats are taken");
        pickProject();
        test(find(Button.class).id("register-confirm")).click();
        assertThat(cardText(s)).contains("You are on the waitlist (number 1)");
        assertThat(find(Button.class).id("leave-" + s.id()).getText()).isEqualTo("Leave the waitlist");
    }

    @Test
    @WithUserDetails(DemoAccounts.EXPERT)
    void aPublicationOutsideWorkingHoursSaysWhichDateAndRule() {
        UI.getCurrent().navigate(SessionsView.class);
        test(find(Button.class).id("publish-session")).click();
        test(find(TextField.class).id("session-title")).setValue("Sunday CRM special");
        test(find(TextField.class).id("session-place")).setValue("Room 1");
        LocalDate sunday = LocalDate.now(zone).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        find(DateTimePicker.class).id("session-start").setValue(sunday.atTime(10, 0));
        test(find(Button.class).id("session-save")).click();
        Div error = find(Div.class).id("session-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("cannot be published").containsIgnoringCase("working hours");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM training_session WHERE title = 'Sunday CRM special'", Integer.class))
                .isZero();
    }

    private SessionRow publish(int seats) {
        long expert = fixture.newExpert(0);
        String email = jdbc.queryForObject("SELECT email FROM person WHERE id = ?", String.class, expert);
        SessionForm f = new SessionForm();
        f.setExpertId(expert);
        f.setTitle("Browserless training " + System.nanoTime());
        f.setStart(fixture.at(20, 10, 0).atZone(zone).toLocalDateTime());
        f.setPlace("Room 2");
        f.setSeats(seats);
        return runAs.call(email, () -> training.publish(f)).getFirst();
    }

    private void open(SessionRow s) {
        UI.getCurrent().navigate(SessionsView.class, QueryParameters.of("session", String.valueOf(s.id())));
    }

    @SuppressWarnings("unchecked")
    private void pickProject() {
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("register-project");
        ProjectSummary first = project.getListDataView().getItems().findFirst().orElseThrow();
        test(project).selectItem(first.label());
    }

    private String cardText(SessionRow s) {
        return find(Div.class).id("session-" + s.id()).getElement().getTextRecursively();
    }
}
