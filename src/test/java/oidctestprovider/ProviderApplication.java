package oidctestprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.psoportal.testsupport.OidcTestProvider;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
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
 * The provider application of {@link OidcTestProvider}, outside the portal's packages so that the portal's component
 * scan never finds it.
 */
@EnableWebSecurity
@ImportAutoConfiguration({
    org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
    org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
    org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
    org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class
})
public class ProviderApplication {

    /** Started by {@code OidcTestProvider} as a process of its own: {@code --oidc.provider.state=<directory>}. */
    public static void main(String[] args) {
        new org.springframework.boot.builder.SpringApplicationBuilder(ProviderApplication.class)
                .web(org.springframework.boot.WebApplicationType.SERVLET)
                .run(args);
    }

    @Bean
    ProviderState providerState(
            @org.springframework.beans.factory.annotation.Value("${oidc.provider.state}") String directory) {
        return new ProviderState(java.nio.file.Path.of(directory));
    }

    @Bean
    SecurityFilterChain provider(HttpSecurity http) {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                // the user-info endpoint knows the caller from the access token (a bearer JWT)
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users(ProviderState provider) {
        return username -> {
            if (provider.account(username) == null) {
                throw new UsernameNotFoundException(username);
            }
            return User.withUsername(username)
                    .password("{noop}" + OidcTestProvider.PASSWORD)
                    .roles("USER")
                    .build();
        };
    }

    /** The ID token says who the person is: e-mail, name and groups, as the provider knows them right now. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(ProviderState provider) {
        return context -> {
            if (!"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            ProviderState.Account account =
                    provider.account(context.getPrincipal().getName());
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
    RegisteredClientRepository clients(ProviderState provider) {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                // the client is built afresh at every lookup (the allowed portals change); Spring Authorization Server
                // saves it to re-encode its {noop} secret, which there is no need to keep
            }

            @Override
            public RegisteredClient findById(String id) {
                return OidcTestProvider.CLIENT_ID.equals(id) ? portal() : null;
            }

            @Override
            public RegisteredClient findByClientId(String clientId) {
                return OidcTestProvider.CLIENT_ID.equals(clientId) ? portal() : null;
            }

            private RegisteredClient portal() {
                return RegisteredClient.withId(OidcTestProvider.CLIENT_ID)
                        .clientId(OidcTestProvider.CLIENT_ID)
                        .clientSecret("{noop}" + OidcTestProvider.CLIENT_SECRET)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUris(
                                uris -> provider.portals().forEach(base -> uris.add(base + "/login/oauth2/code/oidc")))
                        .postLogoutRedirectUris(uris -> provider.portals().forEach(base -> uris.add(base + "/login")))
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
        return org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration
                .jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
