package org.psoportal.security.internal.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The provider's registration, found through the issuer's discovery document on first need and then kept. Spring
 * Boot's own registration discovers at start-up and refuses to start when the provider cannot be reached; the portal
 * must start anyway (people with a local password, and the provider may come back), so discovery is retried at each
 * sign-in until it succeeds. {@link OidcProviderCheck} turns a failure into a message on the sign-in page.
 */
final class OidcRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(OidcRegistrations.class);

    private final OidcSettings settings;
    private volatile ClientRegistration registration;

    OidcRegistrations(OidcSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return OidcSettings.REGISTRATION_ID.equals(registrationId) ? resolve() : null;
    }

    /**
     * The registration, discovering it if not yet known.
     *
     * @throws ProviderUnreachable when the issuer's discovery document cannot be read
     */
    ClientRegistration resolve() {
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                            .registrationId(OidcSettings.REGISTRATION_ID)
                            .clientName(settings.name())
                            .clientId(settings.clientId())
                            .clientSecret(settings.clientSecret())
                            .scope(settings.scopes())
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .build();
                    log.info("Single sign-on: provider {} discovered", settings.issuer());
                } catch (RuntimeException e) {
                    log.warn(
                            "Single sign-on: provider {} cannot be reached or described: {}",
                            settings.issuer(),
                            e.toString());
                    throw new ProviderUnreachable(e);
                }
            }
            return registration;
        }
    }

    /** The provider's discovery document could not be read. */
    static final class ProviderUnreachable extends RuntimeException {
        ProviderUnreachable(Throwable cause) {
            super("OpenID Connect provider unreachable", cause);
        }
    }
}
