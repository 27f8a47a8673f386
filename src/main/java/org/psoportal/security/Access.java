package org.psoportal.security;

import static org.psoportal.security.Role.Names.ADMINISTRATOR;
import static org.psoportal.security.Role.Names.EXPERT;
import static org.psoportal.security.Role.Names.HEAD;
import static org.psoportal.security.Role.Names.STAFF;

/**
 * The access rules services declare with {@code @PreAuthorize(Access.X)}, built from {@link Role.Names} so a role
 * is spelled in one place for views ({@code @RolesAllowed}) and services alike. A test fails on any
 * {@code @PreAuthorize} written as a string literal in main code.
 */
public final class Access {

    /** Anyone signed in; services narrow it per method or per row. */
    public static final String SIGNED_IN = "isAuthenticated()";
    /** Anyone, signed in or not: the caller proves who they are some other way (a calendar-feed token). */
    public static final String ANYONE = "permitAll()";
    /** The head of the PSO. */
    public static final String HEAD_ONLY = "hasRole('" + HEAD + "')";
    /** Those who run the board and its templates: administrators and the head. */
    public static final String MANAGERS = "hasAnyRole('" + ADMINISTRATOR + "','" + HEAD + "')";
    /** Those who see the admin-task board: staff, administrators and the head. */
    public static final String BOARD_VIEWERS = "hasAnyRole('" + STAFF + "','" + ADMINISTRATOR + "','" + HEAD + "')";
    /** Experts, for their own profile and bookings, and the head for everyone's. */
    public static final String EXPERTS_AND_HEAD = "hasAnyRole('" + EXPERT + "','" + HEAD + "')";

    /**
     * A query about one person (parameter {@code personId}): that person themself, or the head, who sees the whole
     * office anyway.
     */
    public static final String SELF_OR_HEAD =
            "isAuthenticated() and (hasRole('" + HEAD + "') or #personId == principal.personId())";

    private Access() {}
}
