package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.junit.jupiter.api.Test;
import org.psoportal.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Guarantee 7 (docs/security.md): over TLS the session cookie is {@code Secure} (and {@code HttpOnly},
 * {@code SameSite=Lax}); over plain HTTP (local development) it cannot be, and is not. The portal leaves
 * {@code server.servlet.session.cookie.secure} unset, so the servlet container decides per request; this test proves
 * the container really does: it opens a TLS port (self-signed certificate made with the JDK's keytool) on the
 * running portal's Tomcat and compares the cookie set there with the one set on the plain port.
 */
class SecureCookieIT extends BrowserTest {

    private static final String STORE_PASSWORD = "changeit";

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theSessionCookieIsSecureOverTlsAndHttpOnlyAndSameSiteAlways() throws Exception {
        Path dir = Files.createTempDirectory("pso-tls-");
        Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Connector tls = tlsConnector(keystore(dir));
        tomcat.getService().addConnector(tls);
        try {
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(trustingEveryone())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            String overTls = sessionCookie(client, "https://127.0.0.1:" + tls.getLocalPort() + "/login");
            assertThat(overTls)
                    .as("session cookie over TLS")
                    .containsIgnoringCase("; Secure")
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("SameSite=Lax");

            String plain = sessionCookie(client, url("login"));
            assertThat(plain)
                    .as("session cookie over plain HTTP")
                    .containsIgnoringCase("; HttpOnly")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure");
        } finally {
            tomcat.getService().removeConnector(tls);
            tls.destroy();
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static String sessionCookie(HttpClient client, String url) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie from " + url + ": " + cookies));
    }

    private static Connector tlsConnector(Path keystore) {
        Connector connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        connector.setPort(0);
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");
        connector.setProperty("address", "127.0.0.1");
        SSLHostConfig ssl = new SSLHostConfig();
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.RSA);
        certificate.setCertificateKeystoreFile(keystore.toString());
        certificate.setCertificateKeystorePassword(STORE_PASSWORD);
        certificate.setCertificateKeystoreType("PKCS12");
        certificate.setCertificateKeyAlias("pso");
        ssl.addCertificate(certificate);
        connector.addSslHostConfig(ssl);
        return connector;
    }

    private static Path keystore(Path dir) throws Exception {
        Path store = dir.resolve("tls.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "pso",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-keystore",
                        store.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        STORE_PASSWORD,
                        "-keypass",
                        STORE_PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("keytool: " + output).isZero();
        return store;
    }

    /** The test's own self-signed certificate: trusting it is the point, not a shortcut. */
    private static SSLContext trustingEveryone() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return context;
    }
}
