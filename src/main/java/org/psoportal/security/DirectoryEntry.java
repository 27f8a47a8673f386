package org.psoportal.security;

import java.util.Set;

/**
 * One person as the company directory (LDAP / Active Directory) holds them, read with the attribute names the
 * portal is configured with ({@link Directory}). {@code email} is null when the entry has none: such an entry cannot
 * become a person (the e-mail is the portal's key), which {@link #problem()} says.
 */
public record DirectoryEntry(String dn, String email, String fullName, String department, Set<String> groups) {

    public DirectoryEntry {
        groups = Set.copyOf(groups);
    }

    /** Why this entry cannot become a person, or null when it can. */
    public String problem() {
        return email == null || email.isBlank() || !email.contains("@") ? "no e-mail address" : null;
    }

    /** The identity the portal's people are created and kept in step from ({@link ExternalAccounts}). */
    public ExternalIdentity identity() {
        return new ExternalIdentity(ExternalIdentity.Source.LDAP, dn, email, fullName, department, groups);
    }
}
