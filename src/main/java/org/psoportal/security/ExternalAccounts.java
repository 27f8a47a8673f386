package org.psoportal.security;

import org.springframework.security.authentication.DisabledException;

/**
 * The portal's side of a sign-in through the organisation's identity provider or directory, supplied by the people
 * module (security depends on no feature, as with {@code UserDetailsService}).
 */
public interface ExternalAccounts {

    /**
     * The person for this identity, as of this sign-in: created on first sign-in (just in time), otherwise brought up
     * to date (name, department, roles from {@link GroupRoleMapping}; a change of roles is audited and ends the
     * person's other sessions).
     *
     * @throws DisabledException when the person was deactivated in the portal
     */
    PortalUser signIn(ExternalIdentity identity);
}
