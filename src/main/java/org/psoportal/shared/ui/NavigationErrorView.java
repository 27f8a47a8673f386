package org.psoportal.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.psoportal.shared.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown inside the portal's layout when opening a page fails (Vaadin's default would show a bare "There was an
 * exception while trying to navigate"): a clear message, a distinct one when the database cannot be reached, and
 * a button to try the same page again. Not-found and access-denied keep Vaadin's more specific error views.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NavigationErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(NavigationErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String path = event.getLocation().getPathWithQueryParameters();
        boolean databaseDown = DatabaseUnavailable.isCause(parameter.getCaughtException());
        if (databaseDown) {
            log.warn("Database unavailable while opening '{}': {}", path, parameter.getCaughtException().toString());
        } else {
            log.error("Opening '{}' failed", path, parameter.getCaughtException());
        }
        removeAll();
        setId("navigation-error");
        addClassName("pso-navigation-error");
        Paragraph text = new Paragraph(getTranslation(
                databaseDown ? "error.view.databaseUnavailable" : "error.view.unexpected"));
        text.setId("navigation-error-message");
        Button retry = new Button(getTranslation("error.view.retry"), VaadinIcon.REFRESH.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.setId("navigation-error-retry");
        add(new H2(getTranslation("error.view.title")), text, retry);
        return databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
