package org.psoportal.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signed-in browser session spoken with plain {@link HttpClient}, the same protocol steps as the Gatling
 * simulation: for the memory benchmark (many sessions held open) and for the simulation's set-up (which experts
 * exist). Every response is checked; any problem throws.
 */
public final class PortalClient {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;

    public PortalClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Spring Security's form login, as Vaadin's LoginForm posts it (with the page's CSRF token). */
    public PortalClient signIn(String user, String password) throws IOException, InterruptedException {
        String page = get("/login");
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + user + " refused: " + response.statusCode() + " " + location);
        }
        return this;
    }

    /** A page load of the route: the bootstrap page, the init request and the navigation the client then sends. */
    public VaadinUi open(String route, String query) throws IOException, InterruptedException {
        return open(route, query, new VaadinUi());
    }

    /** A page load into this UI model (e.g. one whose grids ask for only their first rows). */
    public VaadinUi open(String route, String query, VaadinUi ui) throws IOException, InterruptedException {
        get("/" + route + (query.isEmpty() ? "" : "?" + query));
        check(ui.acceptInit(get("/?v-r=init&location=" + enc(route) + "&query=" + enc(query))));
        rpc(ui, List.of(VaadinUi.navigate(route, query)));
        // The grids' connectors confirm the rows they got and ask for the rest, as the browser does.
        for (int i = 0; i < 5 && ui.hasGridCalls(); i++) {
            rpc(ui, ui.gridCalls());
        }
        return ui;
    }

    /** One UIDL round trip. */
    public void rpc(VaadinUi ui, List<Map<String, Object>> rpc) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(ui.request(rpc)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("UIDL answered " + response.statusCode());
        }
        check(ui.accept(response.body()));
    }

    /** Leaves the page as a browser does (the unload beacon): the server closes the UI. */
    public void leave(VaadinUi ui) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + ui.uiId()))
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(ui.unloadRequest()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Unload beacon answered " + response.statusCode());
        }
    }

    /** The ids in links {@code experts/<id>} of the expert directory. */
    public List<Long> expertIds() throws IOException, InterruptedException {
        VaadinUi ui = open("experts", "");
        leave(ui);
        return Pattern.compile("experts/(\\d+)")
                .matcher(ui.lastBody())
                .results()
                .map(r -> Long.parseLong(r.group(1)))
                .distinct()
                .sorted()
                .toList();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void check(String problem) {
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
