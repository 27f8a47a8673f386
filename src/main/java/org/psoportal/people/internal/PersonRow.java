package org.psoportal.people.internal;

import java.util.Set;
import org.psoportal.security.Role;

/** A row of the people administration grid. */
public record PersonRow(long id, String fullName, String email, Set<Role> roles, boolean active) {

    public static PersonRow of(Person p) {
        return new PersonRow(p.getId(), p.getFullName(), p.getEmail(), p.getRoles(), p.isActive());
    }
}
