package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.BookingRequest;
import org.psoportal.booking.internal.BookingService;
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

    private WeekGrid grid() {
        return $(WeekGrid.class).single();
    }

    /** The week's booking blocks as the browser shows them. */
    private List<Element> blocks() {
        return WeekMarkupClicks.select(grid(), ".pso-cal-block");
    }

    /** Clicks the free time at {@code start}, which the week must show as free. */
    private void clickFree(Instant start) {
        assertThat(WeekMarkupClicks.select(grid(), ".free").eachAttr("data-start"))
                .as("shown as free")
                .contains(start.toString());
        WeekMarkupClicks.clickFree(grid(), start);
        roundTrip();
    }

    @Test
    void othersBookingsShowOnlyAsBusyAndWorkingHoursAreShaded() {
        openWeekWithOthersBooking();
        assertThat(blocks()).singleElement().satisfies(b -> {
            assertThat(b.text()).contains("Busy").doesNotContain("Secret topic");
            assertThat(b.hasClass("open"))
                    .as("someone else's booking does not open")
                    .isFalse();
        });
        assertThat(WeekMarkupClicks.select(grid(), ".work")).isNotEmpty();
        assertThat(find(Span.class).id("week-label").getText())
                .contains(String.valueOf(
                        day.minusDays(day.getDayOfWeek().getValue() - 1).getDayOfMonth()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAFreeTimeBooksItThroughTheDialog() {
        openWeekWithOthersBooking();
        Instant start = fixture.at(3, 14, 0);
        clickFree(start);
        assertThat(find(Dialog.class).single().isOpened()).isTrue();

        // Without a topic the dialog stays open and names the problem.
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Paragraph.class).id("booking-error").getText()).isEqualTo("Enter a topic.");

        test(find(TextField.class).id("booking-topic")).setValue("Browserless booking");
        test(find(Button.class).id("booking-submit")).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        Element mine = blocks().stream()
                .filter(b -> b.text().contains("Browserless booking"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.attr("role")).isEqualTo("button");
        WeekMarkupClicks.clickBooking(grid(), mine.attr("data-booking"));
        roundTrip();
        assertThat(find(Dialog.class).id("booking-details").getHeaderTitle()).isEqualTo("Browserless booking");
        find(Dialog.class).id("booking-details").close();

        // on a phone the same booking is a button in the day list that opens it; someone else's is only text
        ((ExpertCalendarView) getCurrentView()).windowWidth(390);
        DayList phone = $(DayList.class).single();
        Elements openable = WeekMarkupClicks.select(phone, "button.pso-day-entry.open");
        assertThat(openable.eachText()).singleElement().asString().contains("Browserless booking");
        assertThat(WeekMarkupClicks.select(phone, ".pso-day-entry").size())
                .as("the other person's booking is listed, not openable")
                .isGreaterThan(1);
        WeekMarkupClicks.clickBooking(phone, openable.attr("data-booking"));
        roundTrip();
        assertThat(find(Dialog.class).id("booking-details").getHeaderTitle()).isEqualTo("Browserless booking");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedBookingKeepsTheDialogOpenWithTheRule() {
        openWeekWithOthersBooking();
        // The dialog offers only lengths that fit, so a refusal now comes from someone booking the time meanwhile.
        clickFree(fixture.at(3, 15, 0));
        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Too late");
        Instant taken = fixture.at(3, 15, 30);
        fixture.runAs(
                "oliver.bennett@pso.example",
                () -> bookings.book(new BookingRequest(
                        expert, fixture.activeProjectId(), taken, taken.plusSeconds(1800), "Meanwhile", null)));
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
        clickFree(fixture.at(3, 17, 0));
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
        clickFree(fixture.at(3, 14, 0));
        assertThat(((ComboBox<String>) $(ComboBox.class).id("booking-skill")).getValue())
                .isNull();
    }

    @Test
    void aTimeOrBookingTheWeekDoesNotOfferIsIgnored() {
        openWeekWithOthersBooking();
        Element othersBooking = blocks().getFirst();
        // what a forged or stale click could name: a busy time, someone else's booking, nonsense
        WeekMarkupClicks.clickFree(grid(), fixture.at(3, 10, 0));
        WeekMarkupClicks.clickBooking(grid(), othersBooking.attr("data-booking"));
        WeekMarkupClicks.click(grid(), "<script>", "1 OR 1=1");
        roundTrip();
        assertThat($(Dialog.class).exists()).isFalse();
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
        List<Element> free = WeekMarkupClicks.select(grid(), ".free");
        assertThat(free).isNotEmpty().allSatisfy(cell -> {
            assertThat(cell.attr("role")).isEqualTo("button");
            assertThat(cell.attr("aria-label")).startsWith("Book ").contains(" with ");
        });
        String expertName = $(com.vaadin.flow.component.html.H1.class).single().getText();
        assertThat(free.getFirst().attr("aria-label")).endsWith(" with " + expertName);
        assertThat(free)
                .filteredOn(cell -> "0".equals(cell.attr("tabindex")))
                .as("one free time in the Tab order; arrow keys reach the others")
                .hasSize(1);
        assertThat(free).filteredOn(cell -> "-1".equals(cell.attr("tabindex"))).hasSize(free.size() - 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLengthListOffersOnlyLengthsThatFitBeforeTheNextBooking() {
        openWeekWithOthersBooking();
        // Someone else's booking starts at 10:00 (no buffer): from 09:00 only 30 and 60 minutes fit.
        clickFree(fixture.at(3, 9, 0));
        Select<Integer> length = find(Select.class).id("booking-length");
        assertThat(length.getListDataView().getItems()).containsExactly(30, 60);
        assertThat(length.getValue()).isEqualTo(60);
        // 19:30 is the last start: the working day ends at 20:00.
        find(Dialog.class).single().close();
        clickFree(fixture.at(3, 19, 30));
        assertThat(((Select<Integer>) find(Select.class).id("booking-length"))
                        .getListDataView()
                        .getItems())
                .containsExactly(30);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBookingOverMyOwnBookingIsNamedInAWarningAndNeedsASecondClick() {
        long other = fixture.newExpert(0);
        Instant start = fixture.at(3, 12, 0);
        fixture.runAs(
                DemoAccounts.STAFF,
                () -> bookings.book(new BookingRequest(
                        other, fixture.activeProjectId(), start, start.plusSeconds(3600), "My other meeting", null)));
        openWeekWithOthersBooking();
        clickFree(start);
        Paragraph warning = find(Paragraph.class).id("booking-overlap");
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("My other meeting").contains("Test Expert");

        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Double booked");
        Button book = find(Button.class).id("booking-submit");
        test(book).click();
        assertThat(find(Dialog.class).single().isOpened())
                .as("the first click only confirms the warning")
                .isTrue();
        assertThat(book.getText()).isEqualTo("Book anyway");
        assertThat(topicCount("Double booked")).isZero();

        test(book).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(topicCount("Double booked")).isOne();
    }

    @Test
    void withoutAnOwnBookingThereIsNoWarningAndOneClickBooks() {
        openWeekWithOthersBooking();
        clickFree(fixture.at(3, 9, 0));
        assertThat(find(Paragraph.class).withId("booking-overlap").exists()).isFalse();
    }

    @Test
    void nextFreeSlotSkipsATimeIHaveBookedWithAnotherExpert() {
        openWeekWithOthersBooking();
        long other = fixture.newExpert(0);
        Instant first = bookings.nextFreeSlot(expert).orElseThrow();
        fixture.runAs(
                DemoAccounts.STAFF,
                () -> bookings.book(new BookingRequest(
                        other, fixture.activeProjectId(), first, first.plusSeconds(3600), "Elsewhere", null)));
        test(find(Button.class).id("next-free")).click();
        String when = find(Paragraph.class).id("booking-when").getText();
        assertThat(when).isNotEqualTo(org.psoportal.shared.ui.TimeFormats.dateTime(first, zone));
        assertThat(find(Paragraph.class).withId("booking-overlap").exists()).isFalse();
    }

    private long topicCount(String topic) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM booking WHERE expert_id = ? AND topic = ?", Long.class, expert, topic);
    }

    /** Every component in the view's tree: what one week costs the server to build and keep. */
    private static long componentsIn(com.vaadin.flow.component.Component root) {
        return 1
                + root.getChildren()
                        .mapToLong(ExpertCalendarViewTest::componentsIn)
                        .sum();
    }

    @Test
    void aWeekOnADesktopBuildsOnlyTheGridAndAPhoneWidthAddsTheDayList() {
        openWeekWithOthersBooking();
        ExpertCalendarView view = (ExpertCalendarView) getCurrentView();
        long desktop = componentsIn(view);
        System.out.println("Components for one week (desktop): " + desktop);
        assertThat($(DayList.class).all()).as("no phone list for a desktop").isEmpty();
        assertThat($(WeekGrid.class).all()).hasSize(1);

        view.windowWidth(390);
        long both = componentsIn(view);
        System.out.println("Components for one week (after a phone width): " + both);
        assertThat($(DayList.class).all())
                .as("built when the window becomes a phone's")
                .hasSize(1);
        assertThat(WeekMarkupClicks.select($(DayList.class).single(), "button.pso-slot")
                        .eachText())
                .as("the day list's free times")
                .contains("11:00");
        Instant eleven = fixture.at(3, 11, 0);
        assertThat(WeekMarkupClicks.select($(DayList.class).single(), "button.pso-slot[data-start='" + eleven + "']")
                        .attr("aria-label"))
                .startsWith("Book ")
                .contains(" with ");
        WeekMarkupClicks.clickFree($(DayList.class).single(), eleven);
        roundTrip();
        assertThat(find(Dialog.class).single().isOpened())
                .as("a free time on the phone books")
                .isTrue();
        find(Dialog.class).single().close();

        test($(Button.class).id("week-next")).click();
        assertThat($(DayList.class).all())
                .as("the next week on a phone: the day list")
                .hasSize(1);
        assertThat($(WeekGrid.class).all()).as("and no grid").isEmpty();
        System.out.println("Components for one week (phone): " + componentsIn((ExpertCalendarView) getCurrentView()));
    }
}
