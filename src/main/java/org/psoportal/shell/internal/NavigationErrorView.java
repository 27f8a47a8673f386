package org.psoportal.shell.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown inside the portal's layout when opening a page fails (Vaadin's default would show a bare "There was an
 * exception while trying to navigate"): a clear message (the database cannot be reached; not allowed; a refusal's own
 * text; or a generic apology, logged), and a button to try the same page again. Not-found and access-denied keep Vaadin's more specific error views.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(NavigationErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = event.getLocation().getPathWithQueryParameters();
        Exception caught = parameter.getCaughtException();
        String message;
        int status;
        UserMessageException refusal = find(caught, UserMessageException.class);
        if (DatabaseUnavailable.isCause(caught)) {
            log.warn("Database unavailable while opening '{}': {}", path, caught.toString());
            message = getTranslation("error.view.databaseUnavailable");
            status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        } else if (find(caught, AccessDeniedException.class) != null) {
            log.warn("Access denied while opening '{}': {}", path, caught.toString());
            message = getTranslation("error.accessDenied");
            status = HttpServletResponse.SC_FORBIDDEN;
        } else if (refusal != null) {
            message = getTranslation(refusal.messageKey(), refusal.args());
            status = HttpServletResponse.SC_BAD_REQUEST;
        } else {
            log.error("Opening '{}' failed", path, caught);
            message = getTranslation("error.view.unexpected");
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        removeAll();
        setId("navigation-error");
        addClassName("pso-navigation-error");
        Paragraph text = new Paragraph(message);
        text.setId("navigation-error-message");
        Button retry = new Button(
                getTranslation("error.view.retry"),
                VaadinIcon.REFRESH.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.setId("navigation-error-retry");
        add(new H1(getTranslation("error.view.title")), text, retry);
        return status;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
