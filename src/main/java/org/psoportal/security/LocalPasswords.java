package org.psoportal.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether people may sign in with a password kept by the portal ({@code PSO_LOCAL_LOGIN}, default true). Switched off
 * when everyone signs in through the organisation's identity provider: then the password form, the lock-out and every
 * way of setting a password do not exist (the sign-in configuration, the people administration and
 * {@code PersonService} ask here).
 */
@Component
public class LocalPasswords {

    private final boolean enabled;

    public LocalPasswords(@Value("${pso.local-login:true}") boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Whether the sign-in page has a password form: for the portal's own passwords, or for the company directory's
     * (LDAP binds with the password typed there), which stays usable when local passwords are off.
     */
    public boolean passwordForm(Directory directory) {
        return enabled || directory.configured();
    }

    /** Refuses a password operation when local passwords are switched off. */
    public void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException(
                    "Local passwords are switched off (PSO_LOCAL_LOGIN=false): people sign in through single sign-on");
        }
    }
}
