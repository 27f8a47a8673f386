package org.psoportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.people.ui.PeopleView;
import org.psoportal.shell.internal.HomeView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/** The side navigation lists only what the signed-in person may open; views refuse everyone else. */
class NavigationTest extends BrowserlessViewTest {

    private List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadSeesTheAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).contains("admin/people", "admin/projects");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffDoNotSeeOrReachTheAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("admin/people", "admin/projects");

        try {
            navigate(PeopleView.class);
        } catch (RuntimeException refused) {
            // browserless reports the rerouting away from a denied view as a failed navigation
        }
        assertThat(getCurrentView()).isNotInstanceOf(PeopleView.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void administratorsDoNotReachPeopleAdministration() {
        navigate(HomeView.class);
        assertThat(menu()).doesNotContain("admin/people");
    }
}
