package org.psoportal.security.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The e-mail typed in a failed sign-in, kept in that browser's session so the sign-in page can show it again and
 * only the password has to be retyped. It is handed back once, and only to the session that typed it; the sign-in
 * page puts it into the field as a value, never as markup.
 */
@Component
public class TypedSignInName {

    /** The session attribute; the sign-in page removes it as it reads it. */
    public static final String SESSION_ATTRIBUTE = TypedSignInName.class.getName();

    /** An e-mail address is at most 254 characters; anything longer is not worth showing again. */
    static final int MAX_LENGTH = 254;

    TypedSignInName() {}

    /** Spring Security publishes failures on the request's thread, so the request's session is at hand. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String name = event.getAuthentication().getName();
        if (request == null || name == null) {
            return;
        }
        String typed = name.strip();
        if (!typed.isEmpty() && typed.length() <= MAX_LENGTH) {
            request.setAttribute(SESSION_ATTRIBUTE, typed, RequestAttributes.SCOPE_SESSION);
        }
    }
}
