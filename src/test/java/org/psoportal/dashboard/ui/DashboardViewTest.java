package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.TaskFigureRows.CycleTime;
import org.psoportal.dashboard.internal.DashboardFixture;
import org.psoportal.dashboard.internal.DashboardPeriod.Kind;
import org.psoportal.dashboard.internal.Utilisation;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.shared.Count;
import org.psoportal.shared.ui.chart.ChartTesting;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The head's dashboard without a browser: period and project filter, table view, drill-down navigation. */
@WithUserDetails(DemoAccounts.HEAD)
class DashboardViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    private DashboardFixture fixture;
    private long person;
    private long project;
    private String projectCode;

    /** A project of our own with one overdue open task and one task completed ten days ago (cycle time 2 days). */
    @BeforeEach
    void fixture() {
        DashboardFixture f = new DashboardFixture(jdbc);
        fixture = f;
        person = f.person("Viewer", "STAFF");
        project = f.project("DV", person);
        projectCode = "DV-" + f.suffix;
        LocalDate today = LocalDate.now();
        LocalDateTime now = LocalDateTime.now();
        f.task(project, person, null, "OTHER", "TODO", today.minusDays(3), now.minusDays(5), null, null);
        f.task(project, person, null, "EXPENSES", "DONE", null, now.minusDays(12), now.minusDays(10), null);
    }

    /**
     * Signing in already opened the dashboard (start page): leave it so it is built anew with the fixture, and scroll
     * to its end, so every section is made.
     */
    private void openDashboard() {
        openDashboardWithoutScrolling();
        Scrolling.toTheEnd(find(LazySection.class).all());
    }

    private void openDashboardWithoutScrolling() {
        navigate(OverviewView.class);
        navigate(DashboardView.class);
    }

    /**
     * The sections below the first screen are made when the browser says they came near: until then only their
     * headings and a placeholder are there; then their figures, from the figures on screen, once however often the
     * browser says so, and redrawn with the others afterwards.
     */
    @Test
    void theSectionsBelowTheFirstScreenAreMadeWhenScrolledTo() {
        openDashboardWithoutScrolling();
        assertThat(find(FigurePanel.class).all().stream().map(p -> p.getId().orElseThrow()))
                .as("today's figures and the admin work's only")
                .contains("bookings-today", "tasks-due-today", "open-per-column", "workload")
                .doesNotContain("utilisation", "skills", "training-seats");
        List<LazySection> waiting = find(LazySection.class).all();
        assertThat(waiting.stream().map(s -> s.getId().orElseThrow()))
                .containsExactly("expert-section", "training-section", "service-level-section");
        assertThat(waiting.getFirst().getElement().getTextRecursively()).isEqualTo("Loading the figures…");

        LazySection experts = waiting.getFirst();
        Scrolling.near(experts);
        Scrolling.near(experts);
        assertThat(experts.section()).get().isInstanceOf(ExpertFigures.class);
        assertThat(experts.getChildren()).as("made once").hasSize(1);
        assertThat(experts.hasClassName("pso-lazy-section"))
                .as("no room kept any more")
                .isFalse();
        assertThat(panel("utilisation").items())
                .as("drawn from the figures on screen")
                .isNotEmpty();
        assertThat(find(FigurePanel.class).all().stream().map(p -> p.getId().orElseThrow()))
                .contains("utilisation", "skills")
                .doesNotContain("training-seats");
    }

    @SuppressWarnings("unchecked")
    private FigurePanel<Object> panel(String id) {
        return (FigurePanel<Object>) find(FigurePanel.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private void chooseProject() {
        ComboBox<ProjectSummary> combo = find(ComboBox.class).id("dashboard-project");
        ProjectSummary mine = combo.getListDataView()
                .getItems()
                .filter(p -> p.id() == project)
                .findFirst()
                .orElseThrow(() -> new AssertionError("project " + project + " not among "
                        + combo.getListDataView()
                                .getItems()
                                .map(ProjectSummary::id)
                                .toList()));
        test(combo).selectItem(mine.label());
    }

    @Test
    void periodChangeRecomputesThePeriodFigures() {
        openDashboard();
        chooseProject();
        assertThat(panel("cycle-time").items())
                .extracting(o -> ((CycleTime) o).taskType())
                .containsExactly("EXPENSES");

        @SuppressWarnings("unchecked")
        Select<Kind> period = find(Select.class).id("dashboard-period");
        test(period).selectItem(getTranslation("dashboard.period.THIS_WEEK"));
        // completed ten days ago: outside this week
        assertThat(panel("cycle-time").items()).isEmpty();
        // the snapshot figures do not depend on the period
        assertThat(panel("overdue").items()).containsExactly(new Count(String.valueOf(project), projectCode, 1));
    }

    @Test
    void aCustomRangeEndingBeforeItStartsIsSaidOnTheToFieldAndTheLastValidPeriodStaysShown() {
        openDashboard();
        chooseProject();
        @SuppressWarnings("unchecked")
        Select<Kind> period = find(Select.class).id("dashboard-period");
        test(period).selectItem(getTranslation("dashboard.period.CUSTOM"));
        DatePicker from = find(DatePicker.class).id("dashboard-from");
        DatePicker to = find(DatePicker.class).id("dashboard-to");
        LocalDate today = LocalDate.now();
        // one day, five days ago: the task completed ten days ago is outside
        test(from).setValue(today.minusDays(5));
        test(to).setValue(today.minusDays(5));
        assertThat(to.isInvalid()).isFalse();
        assertThat(panel("cycle-time").items()).isEmpty();
        String shownPeriod = periodNoteText();

        // moving the start past the end: the range now ends the day before it starts
        test(from).setValue(today.minusDays(4));

        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).startsWith("The end date must be on or after the start date");
        assertThat(from.isInvalid()).isFalse();
        // not silently another period (the last 30 days would show the task completed ten days ago)
        assertThat(periodNoteText()).isEqualTo(shownPeriod);
        assertThat(panel("cycle-time").items()).isEmpty();

        test(to).setValue(today);
        assertThat(to.isInvalid()).isFalse();
        assertThat(periodNoteText()).contains(today.minusDays(4).toString(), today.toString());
    }

    private String periodNoteText() {
        return find(Paragraph.class).id("dashboard-period-note").getText();
    }

    @Test
    void tableViewShowsTheSameNumbersAsTheChart() {
        openDashboard();
        chooseProject();
        FigurePanel<Object> perColumn = panel("open-per-column");
        assertThat(perColumn.chart().isVisible()).isTrue();
        assertThat(perColumn.table()).as("the table is made when first shown").isEmpty();

        assertThat(FigureHeads.toggleText(perColumn)).isEqualTo(getTranslation("dashboard.showTable"));
        FigureHeads.clickElsewhere(perColumn);
        assertThat(perColumn.table())
                .as("a click on the heading's title is not the toggle")
                .isEmpty();

        FigureHeads.clickToggle(perColumn);
        assertThat(perColumn.table().orElseThrow().isVisible()).isTrue();
        assertThat(FigureHeads.toggleText(perColumn)).isEqualTo(getTranslation("dashboard.showChart"));
        assertThat(perColumn.chart().isVisible()).isFalse();
        assertThat(test(perColumn.table().orElseThrow()).size()).isEqualTo(3);
        assertThat(test(perColumn.table().orElseThrow()).getCellText(0, 1)).isEqualTo("1");
        assertThat(perColumn.chart().getData().series().getFirst().values()).containsExactly(1.0, 0.0, 0.0);
    }

    /**
     * Every figure's CSV link is one download address of the tab with the figure in its query; the address is served
     * while the dashboard is shown and given up when one leaves it (no download kept per visit).
     */
    @Test
    void everyFiguresCsvLinkIsServedWhileTheDashboardIsShown() {
        openDashboard();
        List<String> links = find(FigurePanel.class).all().stream()
                .map(figure -> FigureHeads.parsed(figure)
                        .selectFirst("a.pso-figure-csv")
                        .attr("href"))
                .toList();
        assertThat(links).hasSizeGreaterThan(15).allMatch(href -> href.contains("?figure="));
        assertThat(links.stream()
                        .map(href -> href.substring(0, href.indexOf('?')))
                        .distinct())
                .as("one address for all figures")
                .hasSize(1);
        assertThat(links)
                .contains(links.getFirst().substring(0, links.getFirst().indexOf('?')) + "?figure=skills");
        URI address = URI.create(links.getFirst().substring(0, links.getFirst().indexOf('?')));
        assertThat(VaadinSession.getCurrent().getResourceRegistry().getResource(address))
                .isPresent();

        navigate(OverviewView.class);
        assertThat(VaadinSession.getCurrent().getResourceRegistry().getResource(address))
                .as("given up with the dashboard")
                .isEmpty();
    }

    /** A downloaded figure names columns and task types as the board does, never by their codes. */
    @Test
    void csvDownloadsUseTheWordsTheBoardShows() {
        openDashboard();
        chooseProject();
        String perColumn = new String(panel("open-per-column").csv(), StandardCharsets.UTF_8);
        assertThat(perColumn)
                .contains("To do,1", "In progress,0", "Waiting,0")
                .doesNotContain("TODO", "IN_PROGRESS", "WAITING");
        String cycle = new String(panel("cycle-time").csv(), StandardCharsets.UTF_8);
        assertThat(cycle).contains("Expenses,1").doesNotContain("EXPENSES");
        String age = new String(panel("age").csv(), StandardCharsets.UTF_8);
        assertThat(age)
                .as("the open task is 5 days old, named as the chart names it")
                .contains("3-7 days,1");
    }

    @Test
    void clickingTheOverdueBarOfAProjectOpensTheBoardFilteredToIt() {
        openDashboard();
        chooseProject();
        FigurePanel<Object> overdue = panel("overdue");
        ChartTesting.click(overdue.chart(), ChartTesting.segment(overdue.chart(), projectCode, 0));
        assertLocation("board", Map.of("project", String.valueOf(project), "overdue", "true"));
    }

    @Test
    void clickingAStackedSegmentOpensThatColumnOfThatProject() {
        openDashboard();
        chooseProject();
        FigurePanel<Object> perProject = panel("open-per-project");
        ChartTesting.click(perProject.chart(), ChartTesting.segment(perProject.chart(), projectCode, 0));
        assertLocation("board", Map.of("project", String.valueOf(project), "column", "TODO"));
    }

    @Test
    void anOpenDashboardShowsABoardChangeAtItsNextPollOnceTheSharedFiguresMayBeRecomputed() {
        openDashboard();
        chooseProject();
        assertThat(panel("overdue").items()).containsExactly(new Count(String.valueOf(project), projectCode, 1));
        String updated = updatedText();
        assertThat(updated).matches("Updated at \\d\\d:\\d\\d:\\d\\d");
        fixture.task(
                project,
                person,
                null,
                "OTHER",
                "WAITING",
                LocalDate.now().minusDays(1),
                LocalDateTime.now().minusDays(2),
                null,
                null);
        assertThat(panel("overdue").items())
                .extracting(o -> ((Count) o).count())
                .containsExactly(1L);

        // The board announces every committed change with its own event.
        events.publishEvent(new BoardChanged(0L, java.util.Set.of()));

        // The figures were read a moment ago and are shared: they are recomputed once the interval has passed, and
        // the open dashboard shows them at its next poll.
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
                    assertThat(panel("overdue").items())
                            .containsExactly(new Count(String.valueOf(project), projectCode, 2));
                });
        assertThat(updatedText()).isNotEqualTo(updated);
    }

    private String updatedText() {
        return find(Paragraph.class).id("dashboard-updated").getText();
    }

    @Test
    void theTeamGaugeAddsUpThisWeekOfEveryExpert() {
        openDashboard();
        List<Utilisation> perExpert = panel("utilisation").items().stream()
                .map(Utilisation.class::cast)
                .toList();
        LocalDate thisMonday = perExpert.stream()
                .map(Utilisation::weekStart)
                .min(LocalDate::compareTo)
                .orElse(LocalDate.now());
        Utilisation team = (Utilisation) panel("team-utilisation").items().getFirst();
        assertThat(team.weekStart()).isEqualTo(thisMonday);
        assertThat(team.bookedHours())
                .isEqualTo(perExpert.stream()
                        .filter(u -> u.weekStart().equals(thisMonday))
                        .mapToDouble(Utilisation::bookedHours)
                        .sum());
        assertThat(team.availableHours())
                .isEqualTo(perExpert.stream()
                        .filter(u -> u.weekStart().equals(thisMonday))
                        .mapToDouble(Utilisation::availableHours)
                        .sum());
        assertThat(panel("team-utilisation").chart().getData().value(0, 0)).isEqualTo(team.percent());
    }

    @Test
    void aPollWithUnchangedFiguresRedrawsNothing() {
        openDashboard();
        var drawn = panel("overdue").chart().getData();
        // the minute's poll, a moment after the figures were computed: the shared figures are the same
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(panel("overdue").chart().getData()).as("not redrawn").isSameAs(drawn);
    }

    /**
     * Each chart is one element whose shapes are markup, and no figure has a table until it is shown; prints the
     * dashboard's server-side size (state nodes), the figure docs/performance.md quotes (issue 17).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theChartsAreOneElementEachAndNoTableIsMadeUntilShown() {
        openDashboardWithoutScrolling();
        int[] asOpened = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> asOpened[0]++);
        Scrolling.toTheEnd(find(LazySection.class).all());
        List<FigurePanel<Object>> panels = find(FigurePanel.class).all().stream()
                .map(p -> (FigurePanel<Object>) p)
                .toList();
        assertThat(panels).hasSizeGreaterThan(15);
        assertThat(panels).allMatch(p -> p.chart().getElement().getChildCount() == 0, "a chart without children");
        assertThat(panels)
                .as("a table is made only where it is shown (today's bookings and tasks open as tables)")
                .allMatch(p -> p.table().map(table -> table.isVisible()).orElse(true), "no hidden table made")
                .filteredOn(p -> p.table().isPresent())
                .hasSize(2);
        assertThat(panels)
                .as("the browser has every chart's shapes")
                .allMatch(p -> p.chart().markup().contains("<desc>"));
        int[] nodes = {0};
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        System.out.printf(
                "Dashboard (small demo, head): %d state nodes as opened; scrolled to the end %d figures, %d tables,"
                        + " %d state nodes%n",
                asOpened[0],
                panels.size(),
                panels.stream().filter(p -> p.table().isPresent()).count(),
                nodes[0]);
    }

    @Test
    void theDashboardPollsEveryTenSeconds() {
        openDashboard();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(10_000);
    }

    private static void assertLocation(String path, Map<String, String> parameters) {
        Location location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo(path);
        assertThat(location.getQueryParameters().getParameters()).hasSize(parameters.size());
        parameters.forEach(
                (name, value) -> assertThat(location.getQueryParameters().getSingleParameter(name))
                        .contains(value));
    }

    private String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
