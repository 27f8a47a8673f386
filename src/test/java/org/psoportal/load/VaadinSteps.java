package org.psoportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The steps every Gatling scenario of the portal is made of, through Vaadin's real client-server protocol
 * ({@link VaadinUi}, kept in the virtual user's session under "ui"): the sign-in form, a page load, a navigation
 * inside the open page (a menu link), one UIDL round trip, and the unload beacon. Every response is checked (HTTP
 * status, Vaadin's error marks, syncId/clientId) and then by the step's own {@code verify}.
 */
final class VaadinSteps {

    private VaadinSteps() {}

    /** The sign-in form: its page (for the CSRF token), then the post, which must redirect somewhere but the error. */
    static ChainBuilder signIn(Function<Session, String> user, String password) {
        return exec(http("sign in: page")
                        .get("/login")
                        .check(
                                status().is(200),
                                regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in: post")
                        .post("/login")
                        .disableFollowRedirect()
                        // a lambda of its own: a Function<Session, String> would be taken as a constant Object
                        .formParam("username", s -> user.apply(s))
                        .formParam("password", password)
                        .formParam("_csrf", "#{csrf}")
                        .check(
                                status().is(302),
                                header("Location")
                                        .transform(l -> l.contains("error") ? "refused: " + l : "ok")
                                        .is("ok")));
    }

    /** The unload beacon of the current page, if there is one (see {@link VaadinUi#unloadRequest()}). */
    static ChainBuilder leave(String name) {
        return doIf(s -> s.contains("ui"))
                .then(exec(http(name + ": unload")
                                .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody(s -> ui(s).unloadRequest()))
                                .check(status().is(200)))
                        .exec(s -> s.remove("ui")));
    }

    /**
     * A page load: the unload beacon of the page before, the bootstrap page, Vaadin's init request, and the
     * navigation event the client sends then.
     */
    static ChainBuilder open(
            String name,
            Function<Session, String> route,
            Function<Session, String> query,
            BiFunction<VaadinUi, Session, String> verify) {
        return exec(leave(name))
                .exec(session -> session.set("ui", new VaadinUi())
                        .set("route", route.apply(session))
                        .set("query", query.apply(session)))
                .exec(http(name + ": page")
                        .get(s -> "/" + s.getString("route")
                                + (s.getString("query").isEmpty() ? "" : "?" + s.getString("query")))
                        .check(status().is(200), substring("window.Vaadin")))
                .exec(http(name + ": init")
                        .get(s -> "/?v-r=init&location=" + PortalClient.enc(s.getString("route")) + "&query="
                                + PortalClient.enc(s.getString("query")))
                        .check(
                                status().is(200),
                                bodyString()
                                        .transformWithSession((body, s) -> orOk(ui(s).acceptInit(body)))
                                        .is("ok")))
                .exec(session -> session.set("uiId", ui(session).uiId()))
                .exec(uidl(
                        name + ": render",
                        s -> List.of(VaadinUi.navigate(s.getString("route"), s.getString("query"))),
                        verify))
                .exec(gridRows(name, verify));
    }

    /**
     * A link inside the open page (the menu, a drill-down): one navigation event in the same UI, as the browser's
     * router sends it, no page load. The view before is detached and the new one attached in the response.
     */
    static ChainBuilder navigate(
            String name,
            Function<Session, String> route,
            Function<Session, String> query,
            BiFunction<VaadinUi, Session, String> verify) {
        return exec(session -> session.set("route", route.apply(session)).set("query", query.apply(session)))
                .exec(uidl(name, s -> List.of(VaadinUi.navigate(s.getString("route"), s.getString("query"))), verify))
                .exec(gridRows(name, verify));
    }

    /** The grids' connectors confirm the rows they got and ask for the rest, as the browser does. */
    static ChainBuilder gridRows(String name, BiFunction<VaadinUi, Session, String> verify) {
        return exec(io.gatling.javaapi.core.CoreDsl.asLongAs(s -> !s.isFailed() && ui(s).hasGridCalls())
                .on(uidl(name + ": grid rows", s -> ui(s).gridCalls(), verify)));
    }

    /**
     * One UIDL round trip: the RPC calls with the UI's security key, syncId and clientId; the response is checked
     * by {@link VaadinUi#accept} and then by {@code verify} (null = fine, else what is wrong).
     */
    static ChainBuilder uidl(
            String name,
            Function<Session, List<Map<String, Object>>> rpc,
            BiFunction<VaadinUi, Session, String> verify) {
        return exec(http(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + ui(s).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> ui(s).request(rpc.apply(s))))
                .check(
                        status().is(200),
                        bodyString()
                                .transformWithSession((body, s) -> {
                                    try {
                                        String problem = ui(s).accept(body);
                                        if (problem == null && verify != null) {
                                            problem = verify.apply(ui(s), s);
                                        }
                                        if (problem != null) {
                                            // Gatling's report names only the check; the reason goes to the console
                                            System.err.println(
                                                    "[load] " + name + " (user " + s.userId() + "): " + problem);
                                        }
                                        return orOk(problem);
                                    } catch (RuntimeException e) {
                                        // Gatling would report only "transform failed": keep the cause and the response
                                        return "check failed: " + e + " on " + VaadinUi.abbreviate(body);
                                    }
                                })
                                .is("ok")));
    }

    static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    static int node(Session session, String elementId) {
        return ui(session).nodeFor(elementId);
    }

    static String orOk(String problem) {
        return problem == null ? "ok" : problem;
    }
}
