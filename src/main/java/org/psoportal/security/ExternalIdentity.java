package org.psoportal.security;

import java.util.Set;

/**
 * Who the organisation's identity provider or directory says someone is: the e-mail (the portal's key for a person),
 * name, department and groups. {@code subject} is the provider's own stable id (OIDC {@code sub}, LDAP DN), kept for
 * tracing only: people are matched by e-mail.
 */
public record ExternalIdentity(
        Source source, String subject, String email, String fullName, String department, Set<String> groups) {

    /** Where the identity comes from. */
    public enum Source {
        OIDC,
        LDAP
    }

    public ExternalIdentity {
        groups = Set.copyOf(groups);
    }
}
