package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.BookingFixture;
import org.psoportal.booking.BookingRequest;
import org.psoportal.booking.BookingService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.STAFF)
class ExpertCalendarViewTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    ZoneId zone;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long expert;
    private LocalDate day;

    private void openWeekWithOthersBooking() {
        expert = fixture.newExpert(0);
        Instant start = fixture.at(3, 10, 0);
        day = LocalDate.ofInstant(start, zone);
        fixture.runAs(
                "oliver.bennett@pso.example",
                () -> bookings.book(new BookingRequest(
                        expert, fixture.activeProjectId(), start, start.plusSeconds(3600), "Secret topic", null)));
        UI.getCurrent().navigate("experts/" + expert, QueryParameters.of("week", day.toString()));
        assertThat(getCurrentView()).isInstanceOf(ExpertCalendarView.class);
    }

    private List<Div> blocks() {
        return find(Div.class).withClassName("pso-cal-block").all();
    }

    private Div freeCell(Instant start) {
        return find(Div.class).withClassName("free").all().stream()
                .filter(d -> start.toString().equals(d.getElement().getAttribute("data-start")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void othersBookingsShowOnlyAsBusyAndWorkingHoursAreShaded() {
        openWeekWithOthersBooking();
        assertThat(blocks()).singleElement().satisfies(b -> {
            assertThat(b.getText()).contains("Busy").doesNotContain("Secret topic");
        });
        assertThat(find(Div.class).withClassName("work").all()).isNotEmpty();
        assertThat(find(Span.class).id("week-label").getText())
                .contains(String.valueOf(
                        day.minusDays(day.getDayOfWeek().getValue() - 1).getDayOfMonth()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAFreeTimeBooksItThroughTheDialog() {
        openWeekWithOthersBooking();
        Instant start = fixture.at(3, 14, 0);
        test(freeCell(start)).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();

        // Without a topic the dialog stays open and names the problem.
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Paragraph.class).id("booking-error").getText()).isEqualTo("Enter a topic.");

        test(find(TextField.class).id("booking-topic")).setValue("Browserless booking");
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        Div mine = blocks().stream()
                .filter(b -> b.getText().contains("Browserless booking"))
                .findFirst()
                .orElseThrow();
        test(mine).click();
        assertThat(find(Dialog.class).id("booking-details").getHeaderTitle()).isEqualTo("Browserless booking");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedBookingKeepsTheDialogOpenWithTheRule() {
        openWeekWithOthersBooking();
        // 09:00 + 120 minutes overlaps the 10:00 booking by someone else.
        test(freeCell(fixture.at(3, 9, 0))).click();
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Too long");
        ((Select<Integer>) find(Select.class).id("booking-length")).setValue(120);
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(find(Paragraph.class).id("booking-error").getText()).startsWith("Rule \"no overlap\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDialogPreselectsTheSkillTheDirectoryWasFilteredByAndTheBookingKeepsIt() {
        openWeekWithOthersBooking();
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "experts/" + expert,
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("week", day.toString(), "skill", "crm")));
        test(freeCell(fixture.at(3, 14, 0))).click();
        ComboBox<String> skill = $(ComboBox.class).id("booking-skill");
        assertThat(skill.getValue()).isEqualTo("CRM");
        assertThat(skill.getListDataView().getItems()).containsExactlyInAnyOrder("Testing", "CRM");

        ComboBox<ProjectSummary> project = $(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test($(TextField.class).id("booking-topic")).setValue("CRM question");
        test($(Button.class).id("booking-submit")).click();
        assertThat($(Dialog.class).exists()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT skill FROM booking WHERE expert_id = ? AND topic = 'CRM question'",
                        String.class,
                        expert))
                .isEqualTo("CRM");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutASkillInTheAddressTheDialogLeavesTheSkillOpen() {
        openWeekWithOthersBooking();
        test(freeCell(fixture.at(3, 14, 0))).click();
        assertThat(((ComboBox<String>) $(ComboBox.class).id("booking-skill")).getValue())
                .isNull();
    }

    @Test
    void weekNavigationMovesByAWeek() {
        openWeekWithOthersBooking();
        String before = find(Span.class).id("week-label").getText();
        test(find(Button.class).id("week-next")).click();
        assertThat(find(Span.class).id("week-label").getText()).isNotEqualTo(before);
        assertThat(blocks()).isEmpty();
        test(find(Button.class).id("week-previous")).click();
        assertThat(find(Span.class).id("week-label").getText()).isEqualTo(before);
    }

    @Test
    void everyFreeTimeIsAButtonNamedWithDayTimeAndExpertAndTheWeekIsOneTabStop() {
        openWeekWithOthersBooking();
        List<Div> free = $(Div.class).withClassName("free").all();
        assertThat(free).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.getElement().getAttribute("role")).isEqualTo("button");
            assertThat(cell.getElement().getAttribute("aria-label"))
                    .startsWith("Book ")
                    .contains(" with ");
        });
        String expertName = $(com.vaadin.flow.component.html.H1.class).single().getText();
        assertThat(free.getFirst().getElement().getAttribute("aria-label")).endsWith(" with " + expertName);
        assertThat(free)
                .filteredOn(cell -> "0".equals(cell.getElement().getAttribute("tabindex")))
                .as("one free time in the Tab order; arrow keys reach the others")
                .hasSize(1);
        assertThat(free)
                .filteredOn(cell -> "-1".equals(cell.getElement().getAttribute("tabindex")))
                .hasSize(free.size() - 1);
    }
}
