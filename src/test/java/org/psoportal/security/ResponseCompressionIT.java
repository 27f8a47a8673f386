package org.psoportal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.psoportal.load.VaadinUi;
import org.psoportal.shared.demo.DemoContext;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.ServedPortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Response compression (application.properties, docs/performance.md "Response compression"): stylesheets and
 * Vaadin's UIDL responses come gzipped to a browser that accepts it and plain to one that does not; the responses
 * that carry a session's CSRF token (the bootstrap page with Spring Security's, Vaadin's init response with its
 * security key) are never compressed, whatever the browser accepts (BREACH, docs/security.md).
 */
@ServedPortalTest
class ResponseCompressionIT {

    private static final String GZIP = "gzip";

    @LocalServerPort
    int port;

    /** A signed-in browser: its cookies, and whether it sends {@code Accept-Encoding: gzip}. */
    private final class Browser {
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        final boolean acceptsGzip;

        Browser(boolean acceptsGzip) {
            this.acceptsGzip = acceptsGzip;
        }

        HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
            if (acceptsGzip) {
                request.header("Accept-Encoding", "gzip, deflate");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<byte[]> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
        }

        void signIn() throws Exception {
            String loginPage = text(get("/login"));
            Matcher csrf =
                    Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage);
            assertThat(csrf.find())
                    .as("the login page carries Spring Security's token")
                    .isTrue();
            String form = "username=" + enc(DemoAccounts.HEAD) + "&password=" + enc(DemoContext.PASSWORD) + "&_csrf="
                    + enc(csrf.group(1));
            HttpResponse<byte[]> posted = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            assertThat(posted.statusCode()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location")).get().asString().doesNotContain("error");
        }

        /** Opens the board as a browser does: its page, Vaadin's init, then the navigation that renders it. */
        OpenedPage openBoard() throws Exception {
            HttpResponse<byte[]> page = get("/board");
            HttpResponse<byte[]> init = get("/?v-r=init&location=board&query=");
            VaadinUi ui = new VaadinUi();
            assertThat(ui.acceptInit(text(init))).isNull();
            HttpResponse<byte[]> render = send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(ui.request(List.of(VaadinUi.navigate("board", ""))))));
            assertThat(ui.accept(text(render))).isNull();
            return new OpenedPage(page, init, render, securityKey(text(init)));
        }
    }

    record OpenedPage(
            HttpResponse<byte[]> page, HttpResponse<byte[]> init, HttpResponse<byte[]> render, String securityKey) {}

    @Test
    void aBrowserThatAcceptsGzipGetsStylesAndUidlCompressedButNotTheResponsesWithTheToken() throws Exception {
        Browser browser = new Browser(true);
        browser.signIn();

        for (String stylesheet : List.of("/styles.css", "/lumo/lumo.css")) {
            HttpResponse<byte[]> css = browser.get(stylesheet);
            assertThat(css.statusCode()).as(stylesheet).isEqualTo(200);
            assertThat(encoding(css)).as(stylesheet).isEqualTo(GZIP);
            assertThat(text(css)).as(stylesheet).contains("--lumo-");
        }
        HttpResponse<byte[]> lumo = browser.get("/lumo/lumo.css");
        assertThat(lumo.body().length)
                .as("lumo.css on the wire: a fifth of its 234 KB or less")
                .isLessThan(234_135 / 5);

        OpenedPage board = browser.openBoard();
        assertThat(encoding(board.render())).as("the board's UIDL response").isEqualTo(GZIP);
        assertThat(text(board.render())).contains("cards-TODO").doesNotContain(board.securityKey());

        assertThat(encoding(board.page())).as("the bootstrap page").isNotEqualTo(GZIP);
        assertThat(encoding(board.init())).as("Vaadin's init response").isNotEqualTo(GZIP);
        assertThat(text(board.init())).as("it is the one with the security key").contains("Vaadin-Security-Key");
        assertThat(board.init().body().length)
                .as("above the 1 KB minimum: only the marking keeps it plain")
                .isGreaterThan(1024);
        assertThat(encoding(browser.get("/login"))).as("the login page").isNotEqualTo(GZIP);
    }

    @Test
    void aBrowserThatDoesNotAcceptGzipGetsEverythingPlain() throws Exception {
        Browser browser = new Browser(false);
        browser.signIn();

        HttpResponse<byte[]> css = browser.get("/lumo/lumo.css");
        assertThat(encoding(css)).isNotEqualTo(GZIP);
        assertThat(css.body().length).isEqualTo(234_135);

        OpenedPage board = browser.openBoard();
        assertThat(encoding(board.render())).isNotEqualTo(GZIP);
        assertThat(text(board.render())).contains("cards-TODO");
    }

    private static String encoding(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Encoding").orElse("none");
    }

    /** The body as text, unzipped when it came gzipped. */
    private static String text(HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (GZIP.equals(encoding(response))) {
            try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = unzipped.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String securityKey(String initBody) {
        Matcher key =
                Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(initBody);
        assertThat(key.find()).as("the init response carries the security key").isTrue();
        return key.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
