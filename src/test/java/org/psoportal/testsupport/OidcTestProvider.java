package org.psoportal.testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for end-to-end tests: Spring Authorization Server in a small Spring application of
 * its own, on a free loopback port, with in-memory people whose e-mail and groups go into the ID token. Addressed as
 * 127.0.0.1 while the portal is addressed as localhost, so the two keep their session cookies apart in one browser.
 * No consent page; RP-initiated logout ({@code end_session_endpoint}) as Spring Authorization Server offers it.
 */
public final class OidcTestProvider {

    public static final String CLIENT_ID = "pso-portal";
    public static final String CLIENT_SECRET = "portal-secret-for-tests";
    public static final String PASSWORD = "provider-password";

    /** A person the provider knows: e-mail (null: the token carries none) and groups. */
    public record Account(String email, String name, List<String> groups) {}

    private static OidcTestProvider shared;

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> portalBaseUrls = new ConcurrentHashMap<>();
    private final ConfigurableApplicationContext context;

    private OidcTestProvider() {
        context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .properties(
                        // none of the portal's application.properties
                        "spring.config.name=oidc-test-provider",
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off")
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("oidcTestProvider", this))
                .run();
    }

    /** The one provider of this test JVM, started on first use. */
    public static synchronized OidcTestProvider shared() {
        if (shared == null) {
            shared = new OidcTestProvider();
        }
        return shared;
    }

    public String issuer() {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    /** Lets a portal (its base URL, e.g. http://localhost:12345) use this provider. */
    public void allowPortal(String baseUrl) {
        portalBaseUrls.put(baseUrl, baseUrl);
    }

    /** Adds or replaces a person the provider knows; the user name to type is {@code username}. */
    public void put(String username, Account account) {
        accounts.put(username, account);
    }

    // Not a @Configuration: the portal's component scan must not find it; it is the provider application's source.
    @EnableWebSecurity
    @ImportAutoConfiguration({
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        SecurityFilterChain provider(HttpSecurity http) {
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(OidcTestProvider provider) {
            return username -> {
                if (!provider.accounts.containsKey(username)) {
                    throw new UsernameNotFoundException(username);
                }
                return User.withUsername(username)
                        .password("{noop}" + PASSWORD)
                        .roles("USER")
                        .build();
            };
        }

        /** The ID token says who the person is: e-mail, name and groups, as the provider knows them right now. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(OidcTestProvider provider) {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                Account account = provider.accounts.get(context.getPrincipal().getName());
                if (account == null) {
                    return;
                }
                context.getClaims().claims(claims -> {
                    if (account.email() != null) {
                        claims.put("email", account.email());
                        claims.put("email_verified", true);
                    }
                    claims.put("name", account.name());
                    claims.put("groups", account.groups());
                });
            };
        }

        @Bean
        RegisteredClientRepository clients(OidcTestProvider provider) {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? portal() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? portal() : null;
                }

                private RegisteredClient portal() {
                    return RegisteredClient.withId(CLIENT_ID)
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUris(uris -> provider.portalBaseUrls
                                    .keySet()
                                    .forEach(base -> uris.add(base + "/login/oauth2/code/oidc")))
                            .postLogoutRedirectUris(
                                    uris -> provider.portalBaseUrls.keySet().forEach(base -> uris.add(base + "/login")))
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build();
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The user-info endpoint reads the access token with it. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return org.springframework.security.config.annotation.web.configuration
                    .OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
