package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.db.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns any exception that escapes a click handler into a clear message instead of a stack trace: refusals with
 * their own text, access refusals, changes lost to someone else, an unreachable database, and a generic apology
 * (logged) for the rest.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootUserCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside of a UI", event.getThrowable());
            return;
        }
        ui.access(() -> Notifications.error(messageFor(ui, cause, event.getThrowable())));
    }

    private static String messageFor(UI ui, Throwable cause, Throwable original) {
        if (cause instanceof UserMessageException um) {
            return ui.getTranslation(um.messageKey(), um.args());
        }
        if (cause instanceof AccessDeniedException) {
            log.warn("Access denied: {}", cause.getMessage());
            return ui.getTranslation("error.accessDenied");
        }
        if (cause instanceof ConcurrencyFailureException) {
            return ui.getTranslation("error.concurrentChange");
        }
        if (DatabaseUnavailable.isCause(original)) {
            // Every write runs in one transaction, so a failed one left nothing behind: safe to say and to retry.
            log.warn("Database unavailable: {}", original.toString());
            return ui.getTranslation("error.databaseUnavailable");
        }
        log.error("Unexpected error", original);
        return ui.getTranslation("error.unexpected");
    }

    private static Throwable rootUserCause(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof UserMessageException
                    || current instanceof AccessDeniedException
                    || current instanceof ConcurrencyFailureException) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
