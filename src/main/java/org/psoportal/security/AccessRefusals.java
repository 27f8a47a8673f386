package org.psoportal.security;

import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place refused accesses are logged (WARN, logger {@code org.psoportal.security.AccessRefusals}): who
 * tried what on which object. Role refusals come from method security as {@link AuthorizationDeniedEvent}s
 * (SecurityConfig publishes them); object-level refusals inside services are thrown through {@link #refuse}.
 * Everything logged is stripped of line breaks and control characters, so a crafted value cannot forge log lines.
 */
@Component
public class AccessRefusals {

    private static final Logger log = LoggerFactory.getLogger(AccessRefusals.class);

    /**
     * Logs that the signed-in person may not touch {@code what} {@code id} and returns the exception to throw.
     * Services call it where a caller passed the role rule but asks for an object that is not theirs.
     */
    public static AccessDeniedException refuse(String what, Object id) {
        log.warn("Access refused: {} may not touch {} {}", caller(), clean(what), clean(String.valueOf(id)));
        return new AccessDeniedException("Not allowed: " + what + " " + id);
    }

    /** Logs a refusal that is answered without an exception (e.g. an unknown calendar-feed token). */
    public static void logged(String what, String detail) {
        log.warn("Access refused: {} may not touch {} {}", caller(), clean(what), clean(detail));
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        // Only method security: denied HTTP requests (an anonymous visitor sent to sign in) are not incidents.
        if (event.getSource() instanceof MethodInvocation call) {
            log.warn("Access refused: {} may not call {}.{}", caller(), call.getMethod().getDeclaringClass()
                    .getSimpleName(), call.getMethod().getName());
        }
    }

    private static String caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getPrincipal() == null
                || "anonymousUser".equals(auth.getPrincipal())) {
            return "anonymous";
        }
        if (auth.getPrincipal() instanceof PortalUser user) {
            return clean(user.email() + " (person " + user.personId() + ")");
        }
        return clean(auth.getName());
    }

    /** Neutralises log injection: line breaks and other control characters become '_', and length is capped. */
    static String clean(String value) {
        if (value == null) {
            return "null";
        }
        String capped = value.length() > 200 ? value.substring(0, 200) + "..." : value;
        StringBuilder out = new StringBuilder(capped.length());
        capped.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || c == 0x2028 || c == 0x2029 ? '_' : c));
        return out.toString();
    }
}
