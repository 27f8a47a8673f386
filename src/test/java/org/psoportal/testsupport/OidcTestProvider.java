package org.psoportal.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

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
        context = new SpringApplicationBuilder(oidctestprovider.ProviderApplication.class)
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

    /** The person the provider knows by this user name, if any. */
    public Account account(String username) {
        return accounts.get(username);
    }

    /** The portals allowed to use this provider (their base URLs). */
    public java.util.Set<String> portalBaseUrls() {
        return portalBaseUrls.keySet();
    }
}
