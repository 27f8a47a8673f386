package org.psoportal.security.internal.oidc;

import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation's OpenID Connect provider as configured ({@code PSO_OIDC_*}, README "Single sign-on"). Without an
 * issuer there is no single sign-on at all: no registration, no provider contacted, no button.
 */
@Component
public class OidcSettings {

    /** The one registration; its callback is {@code /login/oauth2/code/oidc}. */
    public static final String REGISTRATION_ID = "oidc";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final List<String> scopes;
    private final String emailClaim;
    private final String groupsClaim;
    private final String name;

    OidcSettings(
            @Value("${pso.oidc.issuer:}") String issuer,
            @Value("${pso.oidc.client-id:}") String clientId,
            @Value("${pso.oidc.client-secret:}") String clientSecret,
            @Value("${pso.oidc.scopes:openid,profile,email}") String scopes,
            @Value("${pso.oidc.email-claim:email}") String emailClaim,
            @Value("${pso.oidc.groups-claim:groups}") String groupsClaim,
            @Value("${pso.oidc.name:}") String name) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
        this.scopes = Arrays.stream(scopes.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        this.emailClaim = emailClaim.isBlank() ? "email" : emailClaim.strip();
        this.groupsClaim = groupsClaim.isBlank() ? "groups" : groupsClaim.strip();
        this.name = name.isBlank() ? "single sign-on" : name.strip();
        if (configured() && this.clientId.isEmpty()) {
            throw new IllegalArgumentException("PSO_OIDC_ISSUER is set but PSO_OIDC_CLIENT_ID is not");
        }
        if (configured() && !this.scopes.contains("openid")) {
            throw new IllegalArgumentException("PSO_OIDC_SCOPES must contain 'openid' (it is " + scopes + ")");
        }
    }

    public boolean configured() {
        return !issuer.isEmpty();
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    public List<String> scopes() {
        return scopes;
    }

    public String emailClaim() {
        return emailClaim;
    }

    public String groupsClaim() {
        return groupsClaim;
    }

    /** What the sign-in button names ("Sign in with Contoso ID"). */
    public String name() {
        return name;
    }

    /** Where the sign-in button leads: Spring Security's redirect to the provider. */
    public String authorizationPath() {
        return "oauth2/authorization/" + REGISTRATION_ID;
    }
}
