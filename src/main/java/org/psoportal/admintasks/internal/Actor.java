package org.psoportal.admintasks.internal;

import java.util.Set;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;

/** The caller as the board's rules see them: a person id and roles, so the rules stay plain functions. */
record Actor(long personId, Set<Role> roles) {

    static Actor of(CurrentUser currentUser) {
        return new Actor(currentUser.personId(), currentUser.roles());
    }

    boolean manages() {
        return Role.anyManager(roles);
    }
}
