package org.psoportal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.audit.internal.AuditCategory;
import org.psoportal.audit.internal.AuditEntry;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.shell.internal.HomeView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The head's audit view: filters narrow the lazy grid and live in the URL; nobody else may open it. */
class AuditViewTest extends BrowserlessViewTest {

    @Autowired
    AuthenticationConfiguration authConfig;

    @Autowired
    ZoneId zone;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BoardFixture boardFixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    ProjectService projects;

    /** A failed sign-in with an e-mail nobody else uses, carrying a forged second line. */
    String tried;

    @BeforeEach
    void aFailedSignInOfOurOwn() {
        tried = "view-" + UUID.randomUUID() + "@pso.example";
        assertThatThrownBy(() -> authConfig
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                tried + "\nSIGNED_IN head@pso.example", "x1")))
                .isInstanceOf(AuthenticationException.class);
    }

    /**
     * A task's entries name it by its title, and a move reads as the board says it: "To do → In progress", not the
     * stored codes.
     */
    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aTasksEntriesNameItAndShowTheBoardsWords() {
        long project = boardFixture.newProject();
        String title = "Send March invoices " + UUID.randomUUID().toString().substring(0, 6);
        long task = boardFixture.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, title)));
        long version = jdbc.queryForObject("SELECT version FROM admin_task WHERE id = ?", Long.class, task);
        boardFixture.asRun(
                DemoAccounts.ADMINISTRATOR,
                () -> board.move(task, version, BoardPlace.top(BoardColumn.IN_PROGRESS), true));

        open(Map.of("type", "task", "id", String.valueOf(task)));
        assertThat(rows()).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
        String named = "Task '" + title + "' (#" + task + ")";
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo(named);
        assertThat(test(grid()).getCellText(1, 4)).isEqualTo(named);
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("column: To do → In progress");
        assertThat(test(grid()).getCellText(1, 5)).as("the title as written").isEqualTo(title);
    }

    /** A project is named by its code, and closing it reads "Active → Closed". */
    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aProjectsEntryNamesItsCodeAndShowsItsStatusInWords() {
        long project = boardFixture.newProject();
        String code = jdbc.queryForObject("SELECT code FROM project WHERE id = ?", String.class, project);
        projects.setStatus(project, ProjectStatus.CLOSED);

        open(Map.of("type", "project", "id", String.valueOf(project)));
        assertThat(test(grid()).getCellText(0, 4)).isEqualTo("Project '" + code + "' (#" + project + ")");
        assertThat(test(grid()).getCellText(0, 5)).isEqualTo("status: Active → Closed");
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEntry> grid() {
        return find(Grid.class).id("audit-grid");
    }

    /** What the grid shows for the current filters (fetched like the grid does, page by page, until a short page). */
    private List<AuditEntry> rows() {
        return grid().getLazyDataView().getItems().toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void filtersNarrowTheGridAndTheShownTextHasNoSecondLine() {
        navigate(AuditView.class);
        assertThat(rows()).hasSizeGreaterThan(1);

        test(find(TextField.class).id("audit-actor")).setValue(tried);
        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo(AuditCategory.SIGN_IN_FAILED);
            assertThat(e.actor()).isEqualTo(tried + "_SIGNED_IN head@pso.example");
        });
        String shown = test(grid()).getCellText(0, 1);
        assertThat(shown).isEqualTo(tried + "_SIGNED_IN head@pso.example").doesNotContain("\n", "\r");
        assertThat(test(grid()).getCellText(0, 3)).isEqualTo("Wrong e-mail or password");

        @SuppressWarnings("unchecked")
        Select<AuditCategory> category = find(Select.class).id("audit-category");
        test(category).selectItem("Sign-in");
        assertThat(rows()).as("the failure is not a successful sign-in").isEmpty();
        test(category).selectItem("Failed sign-in");
        assertThat(rows()).hasSize(1);

        LocalDate today = LocalDate.now(zone);
        test(find(DatePicker.class).id("audit-from")).setValue(today.plusDays(1));
        assertThat(rows()).as("nothing happened tomorrow yet").isEmpty();
        test(find(DatePicker.class).id("audit-from")).setValue(today);
        test(find(DatePicker.class).id("audit-to")).setValue(today);
        assertThat(rows()).hasSize(1);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theFiltersComeFromTheUrl() {
        open(Map.of("category", "SIGN_IN_FAILED", "who", tried));
        assertThat(find(TextField.class).id("audit-actor").getValue()).isEqualTo(tried);
        assertThat(rows())
                .singleElement()
                .extracting(AuditEntry::actor)
                .asString()
                .startsWith(tried);

        open(Map.of("category", "TASK", "q", UUID.randomUUID().toString()));
        assertThat(rows()).isEmpty();
    }

    private void open(Map<String, String> query) {
        UI.getCurrent().navigate("audit", QueryParameters.simple(query));
        assertThat(getCurrentView()).isInstanceOf(AuditView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadFindsTheTrailInTheMenu() {
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getPath)
                .contains("audit");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void nobodyElseSeesOrOpensTheTrailAndTheAttemptIsRecorded() {
        long before = viewRefusals();
        navigate(HomeView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getPath)
                .doesNotContain("audit");
        assertThat(viewRefusals())
                .as("drawing the menu asks about every view; that is no refusal")
                .isEqualTo(before);
        try {
            navigate(AuditView.class);
        } catch (RuntimeException refused) {
            // browserless reports the rerouting away from a denied view as a failed navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat(viewRefusals())
                .as("the administrator's attempt to open /audit is in the trail")
                .isEqualTo(before + 1);
    }

    /** Refused attempts of the administrator demo account to open the audit view. */
    private long viewRefusals() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE category = 'ACCESS_REFUSED'"
                        + " AND object_type = 'view' AND detail = '/audit' AND actor_label = ?",
                Long.class,
                DemoAccounts.ADMINISTRATOR);
    }
}
