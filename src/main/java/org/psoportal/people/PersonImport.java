package org.psoportal.people;

import java.util.Set;
import org.psoportal.security.Role;

/**
 * One person as a bulk import file gives them (the imports module reads the file): the e-mail is the key, name,
 * department and roles are what the portal keeps in step. A blank department means none.
 */
public record PersonImport(String fullName, String email, String department, Set<Role> roles) {

    public PersonImport {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
