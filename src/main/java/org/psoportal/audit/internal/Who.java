package org.psoportal.audit.internal;

import org.psoportal.security.CurrentUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting on this thread, as the trail names them, and from which address. A signed-in person is recorded
 * by id and e-mail; work without a person (the demo loader, a scheduler) by its technical name or "system".
 */
public record Who(Long personId, String label) {

    static final Who SYSTEM = new Who(null, "system");

    public static Who current() {
        CurrentUser.Caller caller = CurrentUser.caller(SYSTEM.label());
        return new Who(caller.personId(), caller.name());
    }

    /** The client address of the HTTP request this thread serves, when it serves one. */
    public static String remoteAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : null;
    }
}
