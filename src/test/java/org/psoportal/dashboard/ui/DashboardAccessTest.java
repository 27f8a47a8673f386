package org.psoportal.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/** Only the head sees the office dashboard; everyone has a personal overview. */
class DashboardAccessTest extends BrowserlessViewTest {

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void headSeesTheDashboard() {
        assertThat(navigate(DashboardView.class)).isInstanceOf(DashboardView.class);
        assertThat(navigate("dashboard/sessions", TrainingSessionsView.class)).isInstanceOf(TrainingSessionsView.class);
        assertThat(menu()).contains("dashboard", "overview");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffIsKeptOffTheDashboardButHasTheOverview() {
        navigate(OverviewView.class);
        assertThat(menu()).contains("overview").doesNotContain("dashboard");
        assertDenied();
        navigate(OverviewView.class);
        assertThat(find(com.vaadin.flow.component.html.Section.class).id("overview-my-requests"))
                .isNotNull();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void administratorIsKeptOffTheDashboardAndSeesTheirTasks() {
        assertDenied();
        navigate(OverviewView.class);
        assertThat(find(com.vaadin.flow.component.html.Section.class).id("overview-my-tasks"))
                .isNotNull();
    }

    @Test
    @WithUserDetails(DemoAccounts.EXPERT)
    void expertIsKeptOffTheDashboardAndSeesTheirBookings() {
        assertDenied();
        navigate(OverviewView.class);
        assertThat(find(com.vaadin.flow.component.html.Section.class).id("overview-awaiting-approval"))
                .isNotNull();
        assertThat(find(com.vaadin.flow.component.html.Section.class).id("overview-my-week"))
                .isNotNull();
    }

    private void assertDenied() {
        try {
            navigate("dashboard", DashboardView.class);
        } catch (RuntimeException | AssertionError expected) {
            // the browserless navigator refuses to land on a view the user may not open
        }
        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);
        assertThat(find(DashboardView.class).all()).isEmpty();
        // nor the training sessions behind its figures
        try {
            navigate("dashboard/sessions", TrainingSessionsView.class);
        } catch (RuntimeException | AssertionError expected) {
            // refused as above
        }
        assertThat(getCurrentView()).isNotInstanceOf(TrainingSessionsView.class);
    }

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }
}
