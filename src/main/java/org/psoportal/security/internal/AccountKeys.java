package org.psoportal.security.internal;

import org.psoportal.security.PortalUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Which account a typed sign-in name reaches, for counting failures ({@link LoginAttempts}): the person found by the
 * very lookup sign-in uses ({@link UserDetailsService}, the person table under its collation), so upper case,
 * surrounding blanks, accents, full-width letters and every other spelling the database treats as equal land on
 * one counter. A name that reaches nobody is counted under its normalised form.
 */
@Component
class AccountKeys {

    private static final Logger log = LoggerFactory.getLogger(AccountKeys.class);

    private final ObjectProvider<UserDetailsService> users;

    AccountKeys(ObjectProvider<UserDetailsService> users) {
        this.users = users;
    }

    /** The key of an account already loaded (sign-in's own lookup). */
    static String of(UserDetails user) {
        return user instanceof PortalUser portalUser
                ? LoginAttempts.personKey(portalUser.personId())
                : LoginAttempts.nameKey(user.getUsername());
    }

    /** The key of a typed name, looked up as sign-in does. */
    String of(String typedName) {
        if (typedName == null || typedName.isBlank()) {
            return LoginAttempts.nameKey(typedName);
        }
        try {
            return of(users.getObject().loadUserByUsername(typedName));
        } catch (UsernameNotFoundException nobody) {
            return LoginAttempts.nameKey(typedName);
        } catch (RuntimeException lookupFailed) {
            // The database may be out of reach: still count, under the normalised name.
            log.debug("Account lookup for a failed sign-in failed", lookupFailed);
            return LoginAttempts.nameKey(typedName);
        }
    }
}
