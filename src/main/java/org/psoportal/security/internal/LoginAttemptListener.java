package org.psoportal.security.internal;

import org.psoportal.security.DirectoryUnreachable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes from Spring Security's events into {@link LoginAttempts}: failures are counted per account
 * (resolved by {@link AccountKeys}) and per address, and a failure from an address that keeps failing is answered
 * late. Spring Security publishes these events on the request's own thread before it answers, so the wait delays
 * only the failing answer; a correct sign-in from the same address is never delayed.
 */
@Component
class LoginAttemptListener {

    private final LoginAttempts attempts;
    private final AccountKeys accounts;

    LoginAttemptListener(LoginAttempts attempts, AccountKeys accounts) {
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String address = address(event.getAuthentication());
        attempts.failedFor(accounts.of(String.valueOf(event.getAuthentication().getPrincipal())), address);
        attempts.pause(attempts.delayFor(address, false));
    }

    /** An attempt on a locked account counts against the address (guessing across accounts) and is slowed too. */
    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String address = address(event.getAuthentication());
        attempts.failedFrom(address);
        attempts.pause(attempts.delayFor(address, false));
    }

    /**
     * The company directory did not answer, so the password was not checked. Still counted: otherwise guessing a
     * local account's password while the directory is down would escape the lock-out.
     */
    @EventListener
    void onServiceFailure(AuthenticationFailureServiceExceptionEvent event) {
        if (event.getException().getCause() instanceof DirectoryUnreachable) {
            String address = address(event.getAuthentication());
            attempts.failedFor(
                    accounts.of(String.valueOf(event.getAuthentication().getPrincipal())), address);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        attempts.succeededFor(
                auth.getPrincipal() instanceof UserDetails user ? AccountKeys.of(user) : accounts.of(auth.getName()));
        attempts.pause(attempts.delayFor(address(auth), true));
    }

    private static String address(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
