package org.psoportal.security;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The four kinds of people the portal serves. */
public enum Role {
    /** Project staff: request admin work and book experts. */
    STAFF,
    /** Project administrator: works the admin-task board. */
    ADMINISTRATOR,
    /** Technical or tool expert: booked for short stints. */
    EXPERT,
    /** Head of the PSO: leads the office, administers people and projects. */
    HEAD;

    /** The people who manage the office's work: they create, assign and move tasks and keep the templates. */
    public static final Set<Role> MANAGERS = Collections.unmodifiableSet(EnumSet.of(ADMINISTRATOR, HEAD));

    /** Role names for {@code @RolesAllowed} and {@code hasRole(...)} expressions. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String EXPERT = "EXPERT";
        public static final String HEAD = "HEAD";

        private Names() {}
    }

    /** Whether someone with these roles is a manager ({@link #MANAGERS}). */
    public static boolean anyManager(Collection<Role> roles) {
        return roles.stream().anyMatch(MANAGERS::contains);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
