package org.psoportal.booking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.booking.internal.BookingFixture;
import org.psoportal.booking.internal.Repetition;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The booking dialog's "Repeat": the occurrences listed free or refused with the rule, and booking the free ones. */
@WithUserDetails(DemoAccounts.STAFF)
class BookingDialogSeriesTest extends BrowserlessViewTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    ZoneId zone;

    @Autowired
    JdbcTemplate jdbc;

    private long expert;

    private void openDialogAt(Instant start) {
        UI.getCurrent()
                .navigate(
                        "experts/" + expert,
                        QueryParameters.of(
                                "week", LocalDate.ofInstant(start, zone).toString()));
        WeekMarkupClicks.clickFree($(WeekGrid.class).single(), start);
        roundTrip();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
    }

    private void timeOff(Instant day) {
        LocalDate d = LocalDate.ofInstant(day, zone);
        jdbc.update(
                "INSERT INTO expert_time_off (expert_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Holiday')",
                expert,
                d,
                d);
    }

    private List<ListItem> occurrences() {
        return find(ListItem.class).all();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRefusedOccurrenceIsListedWithItsRuleAndOnlyTheFreeOnesAreBooked() {
        expert = fixture.newExpert(0);
        Instant start = fixture.at(3, 11, 0);
        timeOff(start.plus(Duration.ofDays(7)));
        openDialogAt(start);
        Button book = find(Button.class).id("booking-submit");
        assertThat(book.getText())
                .as("no repetition: the single booking as before")
                .isEqualTo("Book");

        Select<Repetition> repeat = find(Select.class).id("booking-repeat");
        test(repeat).selectItem("Weekly");
        test(find(IntegerField.class).id("booking-repeat-times")).setValue(3);

        assertThat(occurrences()).hasSize(3);
        assertThat(occurrences().get(0).getElement().getTextRecursively()).endsWith("Free");
        assertThat(occurrences().get(1).getElement().getTextRecursively())
                .contains(org.psoportal.shared.ui.TimeFormats.dateTime(start.plus(Duration.ofDays(7)), zone))
                .contains("Rule \"time off\"");
        assertThat(book.getText()).isEqualTo("Book 2 free times");

        ComboBox<ProjectSummary> project = find(ComboBox.class).id("booking-project");
        project.setValue(project.getListDataView().getItems().findFirst().orElseThrow());
        test(find(TextField.class).id("booking-topic")).setValue("Series in the dialog");
        test(book).click();
        assertThat(find(Dialog.class).exists()).isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT start_at FROM booking WHERE expert_id = ? AND series_id IS NOT NULL ORDER BY start_at",
                        java.sql.Timestamp.class,
                        expert))
                .extracting(java.sql.Timestamp::toInstant)
                .containsExactly(start, start.plus(Duration.ofDays(14)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenEveryOccurrenceIsRefusedThereIsNothingToBook() {
        expert = fixture.newExpert(0);
        Instant start = fixture.at(2, 12, 0);
        openDialogAt(start);
        // the expert takes time off on every later day meanwhile, and the first day too
        LocalDate d = LocalDate.ofInstant(start, zone);
        jdbc.update(
                "INSERT INTO expert_time_off (expert_id, first_day, last_day, reason) VALUES (?, ?, ?, 'Away')",
                expert,
                d,
                d.plusDays(45));
        Select<Repetition> repeat = find(Select.class).id("booking-repeat");
        test(repeat).selectItem("Every two weeks");
        assertThat(occurrences())
                .hasSize(4)
                .allSatisfy(o -> assertThat(o.getElement().getTextRecursively()).contains("Rule \"time off\""));
        assertThat(find(Button.class).withId("booking-submit").exists())
                .as("no book button")
                .isFalse();
        assertThat(find(Paragraph.class).id("booking-series-problem").getText())
                .isEqualTo("None of these times is free: change the time or the repetition.");
    }
}
