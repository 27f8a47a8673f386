package org.psoportal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.ui.BoardArchiveView;
import org.psoportal.admintasks.ui.TemplatesView;
import org.psoportal.audit.ui.AuditView;
import org.psoportal.booking.ui.MyBookingsView;
import org.psoportal.booking.ui.ScheduleView;
import org.psoportal.dashboard.ui.DashboardView;
import org.psoportal.dashboard.ui.OverviewView;
import org.psoportal.dashboard.ui.TrainingSessionsView;
import org.psoportal.experts.ui.ExpertProfileView;
import org.psoportal.people.ui.PeopleView;
import org.psoportal.projects.ui.ProjectsView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every list in the portal shows whole project codes, titles, topics and names on a desk-sized screen: its cells wrap
 * (Lumo's wrap-cell-content) instead of cutting a value short ("CRM-2…"). The board's columns are not lists of
 * rows but of cards, which lay out their own text.
 */
class GridsShowWholeTextTest extends BrowserlessViewTest {

    private static final String WRAP = "wrap-cell-content";

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffLists() {
        assertEveryGridWraps(List.of(BoardArchiveView.class, MyBookingsView.class, OverviewView.class));
    }

    @Test
    @WithUserDetails(DemoAccounts.EXPERT)
    void expertLists() {
        assertEveryGridWraps(List.of(ScheduleView.class, ExpertProfileView.class));
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void headLists() {
        assertEveryGridWraps(List.of(
                PeopleView.class,
                ProjectsView.class,
                AuditView.class,
                TemplatesView.class,
                DashboardView.class,
                TrainingSessionsView.class));
    }

    private void assertEveryGridWraps(List<Class<? extends Component>> views) {
        for (Class<? extends Component> view : views) {
            navigate(view);
            @SuppressWarnings("rawtypes")
            List<Grid> grids = find(Grid.class).all();
            assertThat(grids).as("lists on %s", view.getSimpleName()).isNotEmpty();
            for (Grid<?> grid : grids) {
                assertThat(grid.getThemeNames())
                        .as(
                                "a list on %s (%s)",
                                view.getSimpleName(), grid.getAriaLabel().orElse(""))
                        .contains(WRAP);
            }
        }
    }
}
