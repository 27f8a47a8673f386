package org.psoportal.security.internal.oidc;

import org.psoportal.security.ExternalAccounts;
import org.psoportal.security.PortalUser;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the provider's ID token (signature, issuer, audience, nonce, expiry): who the
 * person is in the portal. The claims become an {@code ExternalIdentity}, which {@link ExternalAccounts} turns into
 * the person (created just in time, roles from the groups at every sign-in, a deactivated person refused with a
 * {@code DisabledException}).
 */
final class OidcPortalUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ExternalAccounts accounts;
    private final OidcSettings settings;

    OidcPortalUserService(ExternalAccounts accounts, OidcSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        // the ID token's claims, merged with the user-info endpoint's when the provider has one
        OidcUser oidc = provider.loadUser(request);
        PortalUser person = accounts.signIn(OidcClaims.identity(oidc.getClaims(), settings));
        return new OidcPortalUser(person, oidc.getIdToken(), oidc.getUserInfo());
    }
}
