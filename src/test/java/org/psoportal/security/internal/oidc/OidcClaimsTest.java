package org.psoportal.security.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psoportal.security.ExternalIdentity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** How the provider's claims become the identity the people module signs in. */
class OidcClaimsTest {

    private static OidcSettings settings(String emailClaim, String groupsClaim) {
        return new OidcSettings("https://idp.example", "pso", "secret", "openid,email", emailClaim, groupsClaim, "IdP");
    }

    @Test
    void groupsAsAJsonArrayAsKeycloakAndEntraIdSendThem() {
        ExternalIdentity identity = OidcClaims.identity(
                Map.of(
                        "sub", "0f1e",
                        "email", "ada@pso.example",
                        "name", "Ada Lovelace",
                        "groups", List.of("PSO-Heads", "3f1c2a4e-0000-4000-8000-000000000001")),
                settings("email", "groups"));

        assertThat(identity.source()).isEqualTo(ExternalIdentity.Source.OIDC);
        assertThat(identity.subject()).isEqualTo("0f1e");
        assertThat(identity.email()).isEqualTo("ada@pso.example");
        assertThat(identity.fullName()).isEqualTo("Ada Lovelace");
        assertThat(identity.groups()).containsExactlyInAnyOrder("PSO-Heads", "3f1c2a4e-0000-4000-8000-000000000001");
    }

    @Test
    void aSingleGroupAsAStringAndConfiguredClaimNames() {
        ExternalIdentity identity = OidcClaims.identity(
                Map.of(
                        "sub", "x",
                        "preferred_username", "grace@pso.example",
                        "given_name", "Grace",
                        "family_name", "Hopper",
                        "roles", "PSO-Experts"),
                settings("preferred_username", "roles"));

        assertThat(identity.email()).isEqualTo("grace@pso.example");
        assertThat(identity.fullName()).isEqualTo("Grace Hopper");
        assertThat(identity.groups()).containsExactly("PSO-Experts");
    }

    @Test
    void noGroupsClaimMeansNoGroups() {
        assertThat(OidcClaims.identity(Map.of("sub", "x", "email", "a@pso.example"), settings("email", "groups"))
                        .groups())
                .isEmpty();
    }

    @Test
    void withoutTheEmailClaimTheSignInIsRefusedNamingTheClaim() {
        assertThatThrownBy(() -> OidcClaims.identity(
                        Map.of("sub", "x", "email", "a@pso.example"), settings("preferred_username", "groups")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(OidcClaims.MISSING_EMAIL);
                    assertThat(e.getError().getDescription()).contains("preferred_username");
                });
        assertThatThrownBy(() ->
                        OidcClaims.identity(Map.of("sub", "x", "email", "not-an-address"), settings("email", "groups")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void anEmailTheProviderHasNotVerifiedIsRefused() {
        assertThatThrownBy(() -> OidcClaims.identity(
                        Map.of("sub", "x", "email", "boss@pso.example", "email_verified", false),
                        settings("email", "groups")))
                .isInstanceOfSatisfying(
                        OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(OidcClaims.UNVERIFIED_EMAIL));
    }

    @Test
    void localPasswordsOffWithoutSingleSignOnIsRefusedAtStart() {
        var none = new OidcSettings("", "", "", "openid", "email", "groups", "");
        var noDirectory = new org.psoportal.security.Directory(
                "",
                "",
                "",
                "",
                "(mail={0})",
                "",
                "mail",
                "cn",
                "",
                "memberOf",
                "",
                "",
                java.time.Duration.ofSeconds(5));
        assertThatThrownBy(() ->
                        new SingleSignOn(none, new org.psoportal.security.LocalPasswords(false), null, noDirectory))
                .hasMessageContaining("PSO_LOCAL_LOGIN=false");
    }
}
