package org.psoportal.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
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
import org.psoportal.security.LocalPasswords;
import org.psoportal.security.internal.TypedSignInName;
import org.psoportal.security.internal.oidc.SingleSignOn;
import org.psoportal.shared.db.DatabaseUnavailable;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. A failed sign-in always shows the same message, whether or not the e-mail exists or the
 * account is deactivated, so that it tells an attacker nothing; only an unreachable database gets its own message.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final SingleSignOn singleSignOn;
    private final Div singleSignOnError = new Div();

    public LoginView(
            SingleSignOn singleSignOn, LocalPasswords localPasswords, org.psoportal.security.Directory directory) {
        this.singleSignOn = singleSignOn;
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
        add(logo, intro);
        singleSignOnError.setId("sso-error");
        singleSignOnError.addClassName("pso-login-sso-error");
        singleSignOnError.getElement().setAttribute("role", "alert");
        singleSignOnError.setVisible(false);
        add(singleSignOnError);
        if (singleSignOn.configured()) {
            add(singleSignOnLink());
        }
        // With local passwords switched off and no company directory there is no password form at all (and no form
        // login behind it).
        if (localPasswords.passwordForm(directory)) {
            if (singleSignOn.configured()) {
                Span or = new Span(getTranslation("login.or"));
                or.addClassName("pso-login-or");
                add(or);
            }
            add(login);
        }
    }

    /**
     * A plain link, not a router link: Spring Security's redirect to the provider is a full page load outside
     * Vaadin's router.
     */
    private Anchor singleSignOnLink() {
        Anchor link = new Anchor(singleSignOn.authorizationPath(), getTranslation("login.sso", singleSignOn.name()));
        link.setRouterIgnore(true);
        link.setTarget(AnchorTarget.SELF);
        link.setId("sso-sign-in");
        link.addClassName("pso-login-sso");
        return link;
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
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey(SingleSignOn.FAILED)) {
            showSingleSignOnError(singleSignOnFailure());
        } else if (parameters.containsKey(SingleSignOn.UNREACHABLE)) {
            showSingleSignOnError(getTranslation("login.sso.unreachable", singleSignOn.name()));
        }
        if (parameters.containsKey("error")) {
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

    private void showSingleSignOnError(String message) {
        singleSignOnError.setText(message);
        singleSignOnError.setVisible(true);
    }

    /**
     * Why the provider's sign-in was refused. Unlike a failed password, the reason may be told: the provider has
     * already proven who this is, so "deactivated" tells an attacker nothing.
     */
    private String singleSignOnFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof DisabledException) {
            return getTranslation("login.sso.deactivated");
        }
        if (failure instanceof OAuth2AuthenticationException e) {
            String code = e.getError().getErrorCode();
            if (SingleSignOn.MISSING_EMAIL.equals(code)) {
                return getTranslation("login.sso.noEmail", singleSignOn.name(), singleSignOn.emailClaim());
            }
            if (SingleSignOn.UNVERIFIED_EMAIL.equals(code)) {
                return getTranslation("login.sso.unverifiedEmail", singleSignOn.name());
            }
        }
        if (failure instanceof Throwable t && DatabaseUnavailable.isCause(t)) {
            return getTranslation("login.unavailable.message");
        }
        return getTranslation("login.sso.failed", singleSignOn.name());
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
