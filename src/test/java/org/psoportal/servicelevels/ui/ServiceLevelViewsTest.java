package org.psoportal.servicelevels.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.ui.BoardView;
import org.psoportal.requests.RequestFiled;
import org.psoportal.requests.TargetUnit;
import org.psoportal.servicelevels.internal.Holiday;
import org.psoportal.servicelevels.internal.OfficeCalendarService;
import org.psoportal.servicelevels.internal.WorkingCalendar;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The head's office calendar page, and a card's time left on the board. */
@WithUserDetails(DemoAccounts.HEAD)
class ServiceLevelViewsTest extends BrowserlessViewTest {

    static final LocalDate TEST_HOLIDAY = LocalDate.of(2031, 7, 14);

    @Autowired
    OfficeCalendarService calendar;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    /** Other tests count working time with the default calendar. */
    @AfterEach
    void defaults() {
        jdbc.update("UPDATE office_calendar SET working_days = '1,2,3,4,5', day_start = '09:00:00',"
                + " day_end = '17:30:00' WHERE id = 1");
        jdbc.update("DELETE FROM office_holiday WHERE holiday_date = ?", TEST_HOLIDAY);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadSetsWorkingDaysAndHoursAndEachBadValueIsNamedOnItsField() {
        navigate(OfficeCalendarView.class);
        CheckboxGroup<DayOfWeek> days = find(CheckboxGroup.class).id("calendar-days");
        TimePicker start = find(TimePicker.class).id("calendar-start");
        TimePicker end = find(TimePicker.class).id("calendar-end");
        Button save = find(Button.class).id("calendar-save");
        assertThat(days.getValue()).isEqualTo(WorkingCalendar.DEFAULT_DAYS);
        assertThat(start.getValue()).isEqualTo(LocalTime.of(9, 0));
        assertThat(end.getValue()).isEqualTo(LocalTime.of(17, 30));

        days.setValue(Set.of());
        test(save).click();
        assertThat(days.isInvalid()).isTrue();
        assertThat(days.getErrorMessage()).isEqualTo("Choose at least one working day.");
        assertThat(calendar.calendar().days()).as("nothing saved").isEqualTo(WorkingCalendar.DEFAULT_DAYS);

        days.setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        end.setValue(LocalTime.of(8, 0));
        test(save).click();
        assertThat(days.isInvalid()).isFalse();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("The working hours must end after they start.");
        assertThat(save.isEnabled()).as("may try again").isTrue();

        end.setValue(LocalTime.of(16, 0));
        test(save).click();
        assertThat(end.isInvalid()).isFalse();
        assertThat(calendar.calendar().days()).hasSize(4).doesNotContain(DayOfWeek.FRIDAY);
        assertThat(calendar.calendar().end()).isEqualTo(LocalTime.of(16, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHeadAddsAndRemovesAHoliday() {
        navigate(OfficeCalendarView.class);
        DatePicker date = find(DatePicker.class).id("holiday-date");
        TextField name = find(TextField.class).id("holiday-name");
        Button add = find(Button.class).id("holiday-add");
        Grid<Holiday> grid = find(Grid.class).id("holidays");
        assertThat(rows(grid))
                .as("the demo bank holidays")
                .extracting(Holiday::name)
                .contains("Good Friday");

        date.setValue(TEST_HOLIDAY);
        test(add).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the holiday's name.");

        name.setValue("Office away day");
        test(add).click();
        assertThat(rows(grid)).contains(new Holiday(TEST_HOLIDAY, "Office away day"));
        assertThat(date.getValue()).as("cleared for the next").isNull();

        date.setValue(TEST_HOLIDAY);
        name.setValue("Twice");
        test(add).click();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("That date is a holiday already.");

        int row = rows(grid).indexOf(new Holiday(TEST_HOLIDAY, "Office away day"));
        Button remove = (Button) test(grid).getCellComponent(row, 2);
        assertThat(remove.getElement().getAttribute("aria-label")).isEqualTo("Remove Office away day");
        test(remove).click();
        assertThat(rows(grid)).extracting(Holiday::date).doesNotContain(TEST_HOLIDAY);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    @SuppressWarnings("unchecked")
    void aCardSaysItsTimeLeftInWords() {
        long project = fixture.newProject();
        long task = new TransactionTemplate(transactions).execute(tx -> {
            long id = tasks.create(BoardFixture.draft(project, "Timesheet correction"));
            events.publishEvent(new RequestFiled(
                    id, project, 3, "Timesheet correction", 200, TargetUnit.WORKING_DAYS, Instant.now()));
            return id;
        });
        UI.getCurrent().navigate(BoardView.class, QueryParameters.simple(Map.of("project", String.valueOf(project))));
        Grid<TaskCard> grid = find(Grid.class).withId("cards-TODO").single();
        TaskCard card =
                rows(grid).stream().filter(c -> c.id() == task).findFirst().orElseThrow();
        LitRenderer<TaskCard> renderer =
                (LitRenderer<TaskCard>) grid.getColumns().getFirst().getRenderer();
        String text = String.valueOf(renderer.getValueProviders().get("clock").apply(card));
        assertThat(text).matches("(200 d|199 d \\d+ h) left");
        assertThat(renderer.getValueProviders().get("clockClass").apply(card)).isEqualTo("pso-card-clock-on-track");
        assertThat(find(BoardView.class).all()).hasSize(1);
    }

    private <T> List<T> rows(Grid<T> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
