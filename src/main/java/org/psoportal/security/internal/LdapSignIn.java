package org.psoportal.security.internal;

import org.psoportal.security.Directory;
import org.psoportal.security.DirectoryEntry;
import org.psoportal.security.DirectoryUnreachable;
import org.psoportal.security.ExternalAccounts;
import org.psoportal.security.PortalUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-in with the company directory's password: the service account finds the person's entry by the typed name
 * ({@code PSO_LDAP_USER_FILTER}, by e-mail unless configured otherwise), the portal binds as that entry with the
 * typed password, and the entry becomes the portal's person through {@link ExternalAccounts} (created just in time,
 * roles from the groups, deactivated people refused), so the session holds a {@link PortalUser} like a local
 * sign-in.
 *
 * <p>It runs after the local password check (SecurityConfig): local accounts never wait for the directory, so they
 * still sign in while it is down; a directory person's local password is a secret nobody knows, so their attempt
 * always reaches this provider. Someone the directory does not know gets the local check's answer (null here).
 * Locked accounts are refused before the directory is asked, and a failed bind is a bad password like any other, so
 * lock-out and slow-down ({@link LoginAttempts}) count directory failures too.
 */
class LdapSignIn implements AuthenticationProvider {

    private final Directory directory;
    private final ExternalAccounts accounts;
    private final LoginAttempts attempts;
    private final AccountKeys keys;

    LdapSignIn(Directory directory, ExternalAccounts accounts, LoginAttempts attempts, AccountKeys keys) {
        this.directory = directory;
        this.accounts = accounts;
        this.attempts = attempts;
        this.keys = keys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed =
                authentication.getName() == null ? "" : authentication.getName().strip();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (typed.isEmpty() || password.isEmpty()) {
            // an empty password would be an anonymous bind, which many directories accept
            return null;
        }
        if (attempts.isLockedFor(keys.of(typed))) {
            throw new LockedException("Too many failed sign-ins");
        }
        java.util.Optional<DirectoryEntry> found;
        try {
            found = directory.bind(typed, password);
        } catch (DirectoryUnreachable e) {
            // Spring Security publishes a failure event for its own exception types only (audit, lock-out)
            throw new AuthenticationServiceException(e.getMessage(), e);
        }
        if (found.isEmpty()) {
            return null;
        }
        DirectoryEntry entry = found.get();
        if (entry.problem() != null) {
            throw new BadCredentialsException("The directory entry has " + entry.problem());
        }
        PortalUser user;
        try {
            user = accounts.signIn(entry.identity());
        } catch (org.springframework.security.core.AuthenticationException refused) {
            throw refused;
        } catch (RuntimeException e) {
            // the person table could not be written (database out of reach): the sign-in page says so
            throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                    e.getMessage(), e);
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
