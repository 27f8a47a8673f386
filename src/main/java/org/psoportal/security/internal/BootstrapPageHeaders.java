package org.psoportal.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Vaadin writes its bootstrap page (index.html) itself and, in production mode, the headers Spring Security added
 * do not survive that. This listener sets the same security headers on the bootstrap page.
 */
@Component
class BootstrapPageHeaders implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> apply(page.getVaadinResponse()));
    }

    static void apply(VaadinResponse response) {
        response.setHeader("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (response instanceof com.vaadin.flow.server.VaadinServletResponse servlet
                && servlet.getHttpServletResponse() != null
                && com.vaadin.flow.server.VaadinRequest.getCurrent() != null
                && com.vaadin.flow.server.VaadinRequest.getCurrent().isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }
}
