package org.psoportal.security.internal.oidc;

import org.psoportal.security.PortalUser;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone signed in through the provider: an {@code OidcUser} (so that signing out can hand the ID token to the
 * provider's end-session endpoint) that carries the portal's {@link PortalUser}, whose roles are its authorities and
 * whose e-mail is its name (as after a password sign-in, so the audit trail reads the same).
 */
final class OidcPortalUser extends DefaultOidcUser implements PortalUser.Carrier {

    private static final long serialVersionUID = 1L;

    private final PortalUser portalUser;

    OidcPortalUser(PortalUser portalUser, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(portalUser.getAuthorities(), idToken, userInfo);
        this.portalUser = portalUser;
    }

    @Override
    public PortalUser portalUser() {
        return portalUser;
    }

    @Override
    public String getName() {
        return portalUser.email();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcPortalUser o && super.equals(o) && portalUser.equals(o.portalUser);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + portalUser.hashCode();
    }

    @Override
    public String toString() {
        return "OidcPortalUser[" + portalUser + "]";
    }
}
