package org.psoportal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.ui.BoardView;
import org.psoportal.dashboard.ui.OverviewView;
import org.psoportal.shell.internal.HomeView;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Staff learn on their home page and their overview how to get admin work done, and "Request admin work" opens the
 * board with its request form open; someone who may not request (an expert) is not offered it.
 */
class RequestAdminWorkTest extends BrowserlessViewTest {

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void homeTellsStaffHowAndOpensTheRequestForm() {
        navigate(HomeView.class);
        assertThat(text()).contains(getTranslation("request.adminWork.how"));
        requestAdminWork();
        assertTheRequestFormIsOpenOnTheBoard();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void myOverviewTellsStaffHowAndOpensTheRequestForm() {
        navigate(OverviewView.class);
        assertThat(text()).contains(getTranslation("request.adminWork.how"));
        requestAdminWork();
        assertTheRequestFormIsOpenOnTheBoard();
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

    private void assertTheRequestFormIsOpenOnTheBoard() {
        assertThat(getCurrentView()).isInstanceOf(BoardView.class);
        Dialog form = find(Dialog.class).single();
        assertThat(form.isOpened()).isTrue();
        assertThat(form.getHeaderTitle()).isEqualTo(getTranslation("task.dialog.new"));
        assertThat(find(TextField.class, form).withId("task-title").exists()).isTrue();
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }
}
