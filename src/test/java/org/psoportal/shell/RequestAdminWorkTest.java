package org.psoportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.psoportal.dashboard.ui.OverviewView;
import org.psoportal.requests.ui.RequestHelpView;
import org.psoportal.shell.internal.HomeView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Staff learn on their home page and their overview how to get admin work done, and "Request admin work" opens
 * "Request help" (the request catalogue); someone who may not request (an expert) is not offered it.
 */
class RequestAdminWorkTest extends BrowserlessViewTest {

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void homeTellsStaffHowAndOpensTheRequestForm() {
        navigate(HomeView.class);
        assertThat(text()).contains(getTranslation("request.adminWork.how"));
        requestAdminWork();
        assertRequestHelpIsOpen();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void myOverviewTellsStaffHowAndOpensTheRequestForm() {
        navigate(OverviewView.class);
        assertThat(text()).contains(getTranslation("request.adminWork.how"));
        requestAdminWork();
        assertRequestHelpIsOpen();
    }

    @Test
    @WithUserDetails(DemoAccounts.EXPERT)
    void anExpertIsNotOfferedIt() {
        navigate(HomeView.class);
        assertThat(find(Button.class).withId("request-admin-work").exists()).isFalse();
        navigate(OverviewView.class);
        assertThat(find(Button.class).withId("request-admin-work").exists()).isFalse();
    }

    private void requestAdminWork() {
        Button request = find(Button.class).withId("request-admin-work").single();
        assertThat(request.getText()).isEqualTo(getTranslation("request.adminWork"));
        test(request).click();
    }

    private void assertRequestHelpIsOpen() {
        assertThat(getCurrentView()).isInstanceOf(RequestHelpView.class);
        assertThat(find(Div.class).withId("request-catalogue").exists()).isTrue();
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
