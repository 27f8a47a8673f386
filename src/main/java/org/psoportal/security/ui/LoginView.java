package org.psoportal.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.psoportal.security.internal.TypedSignInName;
import org.psoportal.shared.db.DatabaseUnavailable;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. A failed sign-in always shows the same message, whether or not the e-mail exists or the
 * account is deactivated, so that it tells an attacker nothing; only an unreachable database gets its own message.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("pso-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        Image logo = new Image("icons/logo.svg", "");
        logo.addClassName("pso-login-logo");
        Div intro = new Div(getTranslation("login.intro"));
        intro.addClassName("pso-login-intro");
        add(logo, intro, login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (databaseWasUnreachable()) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.unavailable.message"));
                login.setI18n(i18n);
            } else if (directoryWasUnreachable()) {
                LoginI18n i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.unavailable.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.directory.message"));
                login.setI18n(i18n);
            }
            login.setError(true);
            typedName().ifPresent(this::fillUsername);
        }
    }

    /** The e-mail of the failed sign-in, taken once from this browser's session ({@link TypedSignInName}). */
    private static Optional<String> typedName() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        WrappedSession http = session.getSession();
        Object typed = http.getAttribute(TypedSignInName.SESSION_ATTRIBUTE);
        http.removeAttribute(TypedSignInName.SESSION_ATTRIBUTE);
        return typed instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * LoginForm has no server-side username: its web component renders the field itself, so the value is set in the
     * browser once the field exists, as a parameter (a value, never markup), and the password field gets the focus.
     */
    private void fillUsername(String name) {
        login.getElement().executeJs("""
                        const form = this;
                        customElements.whenDefined(form.localName)
                            .then(() => form.updateComplete)
                            .then(() => {
                                const username = form.querySelector('#vaadinLoginUsername');
                                if (username && !username.value) {
                                    username.value = $0;
                                    // after the username field's own autofocus
                                    requestAnimationFrame(() => setTimeout(() => {
                                        const password = form.querySelector('#vaadinLoginPassword');
                                        if (password) {
                                            password.focus();
                                        }
                                    }));
                                }
                            });
                        """, name);
    }

    /**
     * Spring Security keeps the failure of the last sign-in in the session. When the person table could not be read,
     * the generic "e-mail or password not correct" would be untrue: the credentials were never checked. Saying the
     * database is unreachable tells an attacker nothing about accounts.
     */
    private static boolean databaseWasUnreachable() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return false;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable t && DatabaseUnavailable.isCause(t);
    }

    /** The company directory did not answer within its timeout: the password was not checked either. */
    private static boolean directoryWasUnreachable() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Throwable t
                && t.getCause() instanceof org.psoportal.security.DirectoryUnreachable;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
