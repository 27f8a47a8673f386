package org.psoportal.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import oidctestprovider.ProviderState;

/**
 * A real OpenID Connect provider for end-to-end tests: Spring Authorization Server in a small Spring application
 * (oidctestprovider.ProviderApplication) run as a process of its own on a free loopback port, with people whose
 * e-mail and groups go into the ID token. A process of its own, like a real provider: in the test's JVM it would share
 * Spring Security's static context holder with the portal, which Vaadin replaces. Addressed as 127.0.0.1 while the
 * portal is addressed as localhost, so the two keep their session cookies apart in one browser. No consent page;
 * RP-initiated logout ({@code end_session_endpoint}) as Spring Authorization Server offers it.
 */
public final class OidcTestProvider {

    public static final String CLIENT_ID = "pso-portal";
    public static final String CLIENT_SECRET = "portal-secret-for-tests";
    public static final String PASSWORD = "provider-password";

    /** A person the provider knows: e-mail (null: the token carries none), name and groups. */
    public record Account(String email, String name, List<String> groups) {}

    private static OidcTestProvider shared;

    private final ProviderState state;
    private final Process process;
    private final int port;

    private OidcTestProvider() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("pso-oidc-provider-");
        state = new ProviderState(directory);
        port = FreePorts.belowEphemeralRange();
        Path log = directory.resolve("provider.log");
        process = new ProcessBuilder(List.of(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "oidctestprovider.ProviderApplication",
                        // none of the portal's application.properties
                        "--spring.config.name=oidc-test-provider",
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--oidc.provider.state=" + directory))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        HttpClient http = HttpClient.newHttpClient();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "The OIDC test provider did not start:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(200);
        }
    }

    /** The one provider of this test JVM, started on first use. */
    public static synchronized OidcTestProvider shared() {
        if (shared == null) {
            try {
                shared = new OidcTestProvider();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** Lets a portal (its base URL, e.g. http://localhost:12345) use this provider. */
    public void allowPortal(String baseUrl) {
        state.allowPortal(baseUrl);
    }

    /** Adds or replaces a person the provider knows; the user name to type is {@code username}. */
    public void put(String username, Account account) {
        state.put(username, new ProviderState.Account(account.email(), account.name(), account.groups()));
    }
}
