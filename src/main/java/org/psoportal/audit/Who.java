package org.psoportal.audit;

import org.psoportal.security.PortalUser;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread, as the trail names them, and from which address. A signed-in person is recorded
 * by id and e-mail; work without a person (the demo loader, a scheduler) by its technical name or "system".
 */
record Who(Long personId, String label) {

    static final Who SYSTEM = new Who(null, "system");

    static Who current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return SYSTEM;
        }
        if (auth.getPrincipal() instanceof PortalUser user) {
            return new Who(user.personId(), user.email());
        }
        if (auth instanceof AnonymousAuthenticationToken) {
            return new Who(null, "anonymous");
        }
        return new Who(null, auth.getName());
    }

    /** The client address of the HTTP request this thread serves, when it serves one. */
    static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
    }
}
