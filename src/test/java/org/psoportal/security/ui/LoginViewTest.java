package org.psoportal.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.security.internal.TypedSignInName;
import org.psoportal.testsupport.BrowserlessViewTest;

class LoginViewTest extends BrowserlessViewTest {

    private static final String TYPED = "<img src=x onerror=alert(1)>@pso.example";

    @Test
    void afterAFailedSignInTheTypedNameIsFilledInAsAValue() {
        VaadinSession.getCurrent().getSession().setAttribute(TypedSignInName.SESSION_ATTRIBUTE, TYPED);

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        List<Object[]> calls = scriptParameters();
        // the name is a parameter of a constant script (the last parameter is the form element itself)
        assertThat(calls).anySatisfy(params -> assertThat(params[0]).isEqualTo(TYPED));
        // handed back once
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(TypedSignInName.SESSION_ATTRIBUTE))
                .isNull();
    }

    @Test
    void withoutAFailureNothingIsFilledIn() {
        VaadinSession.getCurrent().getSession().setAttribute(TypedSignInName.SESSION_ATTRIBUTE, TYPED);

        navigate(LoginView.class);

        assertThat(scriptParameters()).noneSatisfy(params -> assertThat(params).contains(TYPED));
    }

    @Test
    void aDirectoryThatDidNotAnswerIsNamedInsteadOfAWrongPassword() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION,
                        new org.springframework.security.authentication.AuthenticationServiceException(
                                "directory",
                                new org.psoportal.security.DirectoryUnreachable("ldap://x: timed out", null)));

        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));

        String i18n = String.valueOf($(com.vaadin.flow.component.login.LoginForm.class)
                .single()
                .getElement()
                .getPropertyRaw("i18n"));
        assertThat(i18n).contains("cannot reach the company directory").doesNotContain("is not correct");
    }

    private static List<Object[]> scriptParameters() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getParameters().toArray())
                .toList();
    }
}
