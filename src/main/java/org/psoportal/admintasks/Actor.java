package org.psoportal.admintasks;

import java.util.EnumSet;
import java.util.Set;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;

/** The caller as the board's rules see them: a person id and roles. */
record Actor(long personId, Set<Role> roles) {

    static Actor of(CurrentUser currentUser) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (currentUser.hasRole(r)) {
                roles.add(r);
            }
        }
        return new Actor(currentUser.personId(), roles);
    }

    boolean manages() {
        return Role.anyManager(roles);
    }
}
