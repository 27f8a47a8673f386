package org.psoportal.security;

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

    /** Role names for {@code @RolesAllowed} and {@code hasRole(...)} expressions. */
    public static final class Names {
        public static final String STAFF = "STAFF";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String EXPERT = "EXPERT";
        public static final String HEAD = "HEAD";

        private Names() {}
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
