package org.psoportal.security;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work on behalf of someone other than the current caller (the demo loader as head of the PSO, a calendar feed
 * as its owner), and always puts the caller's own security context back afterwards.
 */
public final class SecurityContexts {

    private SecurityContexts() {}

    public static <T> T callAs(Authentication authentication, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Authentication authentication, Runnable work) {
        callAs(authentication, () -> {
            work.run();
            return null;
        });
    }
}
