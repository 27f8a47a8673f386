package org.psoportal.security.internal.oidc;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.psoportal.security.ExternalIdentity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Reads who someone is from the claims of the ID token and user info: the e-mail (the portal's key for a person) from
 * the configured claim, the name, and the groups from the configured claim, which providers send as a JSON array
 * (Keycloak's group mapper, Entra ID's group object ids, Okta) or, for a single group, as a string.
 */
final class OidcClaims {

    /** The error code of a sign-in whose token carried no usable e-mail address. */
    static final String MISSING_EMAIL = "pso_missing_email";

    /** The error code of a sign-in whose provider says the e-mail address is not verified. */
    static final String UNVERIFIED_EMAIL = "pso_unverified_email";

    private OidcClaims() {}

    static ExternalIdentity identity(Map<String, Object> claims, OidcSettings settings) {
        String email = text(claims.get(settings.emailClaim()));
        if (email == null || !email.contains("@")) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    MISSING_EMAIL,
                    "The ID token carries no e-mail address in claim '" + settings.emailClaim() + "'",
                    null));
        }
        // A provider that says the address is unverified (someone typed it into their own profile) must not be able
        // to sign in as the person who owns that address in the portal.
        if (Boolean.FALSE.equals(claims.get("email_verified")) && "email".equals(settings.emailClaim())) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(UNVERIFIED_EMAIL, "The provider has not verified the e-mail address", null));
        }
        return new ExternalIdentity(
                ExternalIdentity.Source.OIDC,
                text(claims.get("sub")),
                email,
                fullName(claims),
                text(claims.get("department")),
                groups(claims.get(settings.groupsClaim())));
    }

    private static String fullName(Map<String, Object> claims) {
        String name = text(claims.get("name"));
        if (name != null) {
            return name;
        }
        String given = text(claims.get("given_name"));
        String family = text(claims.get("family_name"));
        String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** A JSON array of group names or ids, a single group as a string, or nothing (no groups: staff). */
    static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String group = text(value);
                if (group != null) {
                    groups.add(group);
                }
            }
        } else {
            String group = text(claim);
            if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }
}
