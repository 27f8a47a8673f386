package org.psoportal.security;

import org.aopalliance.intercept.MethodInvocation;
import org.psoportal.security.CurrentUser.Caller;
import org.psoportal.shared.SafeText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * The one place refused accesses are logged (WARN, logger {@code org.psoportal.security.AccessRefusals}): who
 * tried what on which object. Role refusals come from method security as {@link AuthorizationDeniedEvent}s
 * (SecurityConfig publishes them); object-level refusals inside services are thrown through {@link #refuse}.
 * Everything logged is stripped of line breaks and control characters, so a crafted value cannot forge log lines.
 * Each refusal is also published as an {@link AccessRefused} event (the audit trail records it).
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);

    /**
     * Services call {@link #refuse} statically (it is an expression in a throw), so the publisher is kept where
     * those calls reach it; set when the Spring context creates this bean, before any request is served.
     */
    private static volatile ApplicationEventPublisher events;

    AccessRefusals(ApplicationEventPublisher publisher) {
        events = publisher;
    }

    /**
     * Logs that the signed-in person may not touch {@code what} {@code id} and returns the exception to throw.
     * Services call it where a caller passed the role rule but asks for an object that is not theirs.
     */
    public static AccessDeniedException refuse(String what, Object id) {
        refused(what, String.valueOf(id), id instanceof Number n ? n.longValue() : null);
        return new AccessDeniedException("Not allowed: " + what + " " + id);
    }

    /** Logs a refusal that is answered without an exception (e.g. an unknown calendar-feed token). */
    public static void logged(String what, String detail) {
        refused(what, detail, null);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        // Only method security: denied HTTP requests (an anonymous visitor sent to sign in) are not incidents.
        if (event.getSource() instanceof MethodInvocation call) {
            String method = call.getMethod().getDeclaringClass().getSimpleName() + "."
                    + call.getMethod().getName();
            Caller caller = caller();
            log.warn("Access refused: {} may not call {}", caller.logName(), method);
            publish(new AccessRefused(caller.personId(), caller.name(), "method", method, null));
        }
    }

    private static void refused(String what, String which, Long objectId) {
        Caller caller = caller();
        log.warn("Access refused: {} may not touch {} {}", caller.logName(), clean(what), clean(which));
        publish(new AccessRefused(caller.personId(), caller.name(), clean(what), clean(which), objectId));
    }

    private static void publish(AccessRefused refusal) {
        ApplicationEventPublisher publisher = events;
        if (publisher != null) {
            publisher.publishEvent(refusal);
        }
    }

    /** The caller, named for the log: "anonymous" also when no authentication is on this thread. */
    private static Caller caller() {
        Caller caller = CurrentUser.caller("anonymous");
        return new Caller(caller.personId(), clean(caller.name()));
    }

    /** Neutralises log injection: line breaks and other control characters become '_', and length is capped. */
    static String clean(String value) {
        return SafeText.oneLine(value, 200);
    }
}
