package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.ui.chart.ChartTesting;
import org.psoportal.shared.ui.chart.SvgChart;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.training.TrainingFigureRows.TrainingPeriod;
import org.psoportal.training.TrainingFigureRows.WaitlistDemand;
import org.psoportal.training.TrainingRows;
import org.psoportal.training.internal.TrainingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard's training figures without a browser, over two weeks of 1995 that only this test fills: the
 * figures with their table and CSV, the sessions behind a bar, and attendance marked through the training service
 * showing at the next poll.
 *
 * <p>Week 10: A, for the project only, 60 min, 10 seats, skill Excel: three seated (two marked present, one absent),
 * one waiting. Week 11: B, for the project too (each test has a project of its own, and a session for everyone would
 * count for every test's project), 90 min, 4 seats, no skill: two seated (attendance not marked), two waiting.
 */
@WithUserDetails(DemoAccounts.HEAD)
class TrainingFiguresViewTest extends BrowserlessViewTest {

    private static final LocalDate WEEK_10 = LocalDate.of(1995, 3, 6);
    private static final LocalDate WEEK_11 = WEEK_10.plusWeeks(1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ZoneId zone;

    @Autowired
    TrainingService training;

    private TrainingRows rows;
    private long project;
    private String skill;
    private long b;
    private long bFirst;
    private long bSecond;

    @BeforeEach
    void twoWeeksOf1995() {
        rows = new TrainingRows(jdbc, zone);
        long expert = rows.person("Trainer");
        project = rows.project("TV", expert);
        skill = "Excel " + rows.suffix;
        long a = rows.session(expert, skill, WEEK_10.plusDays(1), 60, 10, "PROJECTS", "SCHEDULED", project);
        rows.register(a, rows.person("A one"), project, "SEATED", true);
        rows.register(a, rows.person("A two"), project, "SEATED", true);
        rows.register(a, rows.person("A three"), project, "SEATED", false);
        rows.register(a, rows.person("A four"), project, "WAITLISTED", null);
        b = rows.session(expert, null, WEEK_11.plusDays(2), 90, 4, "PROJECTS", "SCHEDULED", project);
        bFirst = rows.person("B one");
        bSecond = rows.person("B two");
        rows.register(b, bFirst, project, "SEATED", null);
        rows.register(b, bSecond, project, "SEATED", null);
        rows.register(b, rows.person("B three"), project, "WAITLISTED", null);
        rows.register(b, rows.person("B four"), project, "WAITLISTED", null);
    }

    /** The dashboard for our project and the two weeks (signing in opened it already: build it anew). */
    @SuppressWarnings("unchecked")
    private void openForTheTwoWeeks() {
        navigate(OverviewView.class);
        navigate(DashboardView.class);
        Scrolling.toTheEnd(find(LazySection.class).all());
        ComboBox<ProjectSummary> combo = find(ComboBox.class).id("dashboard-project");
        ProjectSummary mine = combo.getListDataView()
                .getItems()
                .filter(p -> p.id() == project)
                .findFirst()
                .orElseThrow();
        test(combo).selectItem(mine.label());
        Select<Kind> period = find(Select.class).id("dashboard-period");
        test(period).selectItem(UI.getCurrent().getTranslation("dashboard.period.CUSTOM"));
        // "To" offers no day before "From": the start first (until today, by month for a while), then the end
        test(find(DatePicker.class).id("dashboard-from")).setValue(WEEK_10);
        test(find(DatePicker.class).id("dashboard-to")).setValue(WEEK_11.plusDays(6));
    }

    @SuppressWarnings("unchecked")
    private FigurePanel<Object> panel(String id) {
        return (FigurePanel<Object>) find(FigurePanel.class).id(id);
    }

    @Test
    void theTrainingFiguresShowPerWeekWithTheirTableAndCsv() {
        openForTheTwoWeeks();
        // A: 2 present of 3 marked, (2 - 1) x 1 h saved; B: nothing marked, both seated taught, (2 - 1) x 1.5 h
        TrainingPeriod week10 = new TrainingPeriod(WEEK_10, WEEK_11, 1, 10, 3, 2, 3, 1.0);
        TrainingPeriod week11 = new TrainingPeriod(WEEK_11, WEEK_11.plusWeeks(1), 1, 4, 2, 0, 0, 1.5);
        assertThat(panel("training-seats").items()).containsExactly(week10, week11);
        // week 11 marked no attendance: it has no rate rather than 0 %
        assertThat(panel("training-attendance").chart().getData().categories()).containsExactly("W10");
        assertThat(panel("training-attendance")
                        .chart()
                        .getData()
                        .series()
                        .getFirst()
                        .values())
                .containsExactly(66.7);
        assertThat(panel("training-waitlist").items())
                .containsExactly(new WaitlistDemand("", 2, 2, 1), new WaitlistDemand(skill, 1, 1, 1));

        FigurePanel<Object> hours = panel("training-hours-saved");
        FigureHeads.clickToggle(hours);
        assertThat(hours.table().orElseThrow().isVisible()).isTrue();
        assertThat(test(hours.table().orElseThrow()).size()).isEqualTo(2);
        assertThat(test(hours.table().orElseThrow()).getCellText(0, 0)).isEqualTo("1995-03-06 – 1995-03-12");
        assertThat(test(hours.table().orElseThrow()).getCellText(1, 3)).isEqualTo("1.5");
        String csv = new String(hours.csv(), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Period,Sessions held,Seats filled,Hours saved")
                .contains("1995-03-13 – 1995-03-19,1,2,1.5");
    }

    @Test
    void aWeeksBarOpensTheSessionsHeldThatWeek() {
        openForTheTwoWeeks();
        // the seats filled (series: sessions held, seats, seats filled)
        SvgChart seats = panel("training-seats").chart();
        ChartTesting.click(seats, ChartTesting.segment(seats, "W10", 2));
        assertLocation(
                "dashboard/sessions",
                Map.of(
                        "from", "1995-03-06",
                        "to", "1995-03-12",
                        "project", String.valueOf(project),
                        "held", "true"));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("training-sessions");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Session " + rows.suffix);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(skill);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Trainer " + rows.suffix);
        // seats, seated, waiting, attended
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("10");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("3");
        assertThat(test(grid).getCellText(0, 6)).isEqualTo("1");
        assertThat(test(grid).getCellText(0, 7)).isEqualTo("2");
        assertThat(find(Paragraph.class).id("training-sessions-filter").getText())
                .contains("Sessions held from 1995-03-06 to 1995-03-12.", "TV-" + rows.suffix);
    }

    @Test
    void aSkillsWaitlistBarOpensTheSessionsOfThatSkillInThePeriod() {
        openForTheTwoWeeks();
        String unspecified = UI.getCurrent().getTranslation("dashboard.skill.unspecified");
        SvgChart waitlist = panel("training-waitlist").chart();
        ChartTesting.click(waitlist, ChartTesting.segment(waitlist, unspecified, 0));
        assertLocation(
                "dashboard/sessions",
                Map.of("from", "1995-03-06", "to", "1995-03-19", "project", String.valueOf(project), "skill", ""));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).id("training-sessions");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(unspecified);
        assertThat(test(grid).getCellText(0, 6)).as("waiting").isEqualTo("2");
        assertThat(test(grid).getCellText(0, 7))
                .as("attendance of B not marked")
                .isEqualTo(UI.getCurrent().getTranslation("dashboard.training.notMarked"));
    }

    @Test
    void attendanceMarkedThroughTheTrainingServiceShowsAtTheNextPoll() {
        openForTheTwoWeeks();
        assertThat(((TrainingPeriod) panel("training-seats").items().get(1)).attendanceMarked())
                .isZero();

        training.markAttendance(b, Map.of(bFirst, true, bSecond, false));

        // the service announces the change (TrainingSessionsChanged): the shared figures are recomputed once the
        // interval has passed, and the open dashboard shows them at its next poll; B now taught one person only
        TrainingPeriod expected = new TrainingPeriod(WEEK_11, WEEK_11.plusWeeks(1), 1, 4, 2, 1, 2, 0.0);
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
                    assertThat(panel("training-seats").items().get(1)).isEqualTo(expected);
                });
    }

    private static void assertLocation(String path, Map<String, String> parameters) {
        Location location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo(path);
        assertThat(location.getQueryParameters().getParameters()).hasSize(parameters.size());
        parameters.forEach(
                (name, value) -> assertThat(location.getQueryParameters().getSingleParameter(name))
                        .contains(value));
    }
}
