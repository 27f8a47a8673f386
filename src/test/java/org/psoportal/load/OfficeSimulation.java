package org.psoportal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.psoportal.load.VaadinSteps.navigate;
import static org.psoportal.load.VaadinSteps.node;
import static org.psoportal.load.VaadinSteps.ui;
import static org.psoportal.load.VaadinSteps.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.core.Simulation.SetUp;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.psoportal.largedata.internal.LargeDataGenerator;
import org.psoportal.largedata.internal.LargeDataSize;

/**
 * The realistic load model (docs/performance.md, "The realistic load model"): the people of a real office, each
 * signed in as a person of their own, doing what their role does with a person's pauses, stepped up in levels of
 * concurrent users until the 95th percentile passes 300 ms or a user fails ({@link CapacityLevels}).
 *
 * <ul>
 *   <li>Role mix of the concurrent users: 75 % staff, 15 % administrators, 7 % experts, 3 % heads of office.
 *   <li>A session: one sign-in, the role's start page, then actions for 10-30 minutes with 5-30 s between them,
 *       each a link inside the open page (Vaadin's in-page navigation), as a person clicks through the menu.
 *   <li>Staff: the overview, their requests, an expert's week, the directory, their bookings, filing a request
 *       (about one per session) and booking an expert (about one session in five).
 *   <li>Administrators: their board, a card opened on it (a click on its title) and closed, a comment on a card,
 *       a card moved to In progress. Every open page sends Vaadin's heartbeat once a minute, as a browser does.
 *   <li>Experts: their schedule, a requested booking approved on it (when one waits), and their own week. Heads:
 *       the dashboard (read to its end in half of the visits, and its 10 s poll while it is open), a drill-down to a
 *       project's board, the audit log.
 * </ul>
 *
 * <p>It starts the packaged jar itself ({@link PortalJar}); with {@code load.portal.cpus} set, the jar and its
 * database run on those CPUs only, and with {@code load.client.cpus} this JVM pins itself to those ({@code taskset}),
 * so that each side's CPU is its own. System property {@code load.office}: {@code smoke} (one user of each role
 * through every action once, the small demo; part of {@code ./mvnw verify}) or {@code levels} (the large
 * organisation, levels {@code load.office.levels}, default 100,200,...,600).
 */
public class OfficeSimulation extends Simulation {

    private static final String PASSWORD = "demo1234";

    private final Model model = Model.fromSystemProperties();
    private final Path jar;
    private final PortalJar portal;
    private final List<Long> experts;
    private final List<Long> requestTypes;
    /** The levels of the run (null in the smoke run). */
    private final CapacityLevels levels;

    /** The portal's vaadin.heartbeatInterval. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(60);

    public OfficeSimulation() throws Exception {
        jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        CapacityLevels.pinLoadClient();
        levels = model.smoke() ? null : new CapacityLevels(model.levels(), model.ramp(), model.hold());
        List<String> jvm = new ArrayList<>(List.of("-Xmx2g"));
        if (Boolean.getBoolean("load.office.jfr")) {
            // a profile of the whole run for `jfr view hot-methods target/bench/office.jfr` (docs/performance.md)
            jvm.add("-XX:StartFlightRecording=filename=" + jar.getParent().resolve("bench/office.jfr")
                    + ",settings=profile");
        }
        portal = PortalJar.start(jar, model.demoData(), jvm, Duration.ofMinutes(8));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        PortalClient head = new PortalClient(portal.baseUrl()).signIn("head@pso.example", PASSWORD);
        experts = head.expertIds();
        requestTypes = fileableRequestTypes();
        if (experts.isEmpty() || requestTypes.isEmpty()) {
            throw new IllegalStateException("No experts or no request type without required answers");
        }
        warmUp(model.warmUpRounds());
        // every answered request is timed into its level; a failed user is counted after its block
        HttpProtocolBuilder protocol = http.baseUrl(portal.baseUrl())
                .acceptLanguageHeader("en")
                .userAgentHeader("PSO Portal load test (Gatling, office model)")
                .check(responseTimeInMillis()
                        .transform(ms -> levels == null || levels.sample(ms))
                        .is(true));
        SetUp setUp = setUp(List.of(
                        population(Role.STAFF, staff()),
                        population(Role.ADMINISTRATOR, administrator()),
                        population(Role.EXPERT, expert()),
                        population(Role.HEAD, head())))
                .protocols(protocol)
                .assertions(global().successfulRequests().count().gt(0L));
        if (levels != null) {
            // the sessions last 10-30 minutes: the run ends with the last level, not with the last session
            setUp.maxDuration(levels.totalDuration());
        }
    }

    // -------------------------------------------------------------------------------------------------- the roles

    enum Role {
        STAFF(75, "overview", ""),
        ADMINISTRATOR(15, "board", "mine=true"),
        EXPERT(7, "schedule", ""),
        HEAD(3, "dashboard", "");

        final int percent;
        final String startRoute;
        final String startQuery;

        Role(int percent, String startRoute, String startQuery) {
            this.percent = percent;
            this.startRoute = startRoute;
            this.startQuery = startQuery;
        }

        /** This role's share of {@code users} (staff take what the rounding leaves). */
        int of(int users) {
            if (this == STAFF) {
                return users - ADMINISTRATOR.of(users) - EXPERT.of(users) - HEAD.of(users);
            }
            return (int) Math.round(users * percent / 100.0);
        }
    }

    /**
     * One virtual user's session: an account of its own (from the role's accounts, in turn), sign-in, the start page,
     * the role's actions for the session's length, and the tab closed at the end or after a failed step.
     */
    private PopulationBuilder population(Role role, List<Choice.WithWeight> actions) {
        Iterator<Map<String, Object>> accounts = accounts(role);
        ChainBuilder work = model.smoke()
                // smoke: every action once, in order, so that each one is checked in every build
                ? exec(actions.stream().map(a -> a.chain.exec(think())).toList())
                : exec(during(s -> s.<Duration>get("sessionLength"))
                        .on(exec(think()).exec(randomSwitch().on(actions))));
        ScenarioBuilder scenario = scenario(role.name().toLowerCase(Locale.ROOT))
                .feed(accounts)
                .exec(s -> s.set("sessionLength", model.sessionLength()))
                .exitBlockOnFail()
                .on(
                        VaadinSteps.signIn(s -> s.getString("user"), PASSWORD),
                        VaadinSteps.open("start page", s -> role.startRoute, s -> role.startQuery, null),
                        exec(s -> s.set("ownWeek", ownWeek(ui(s))).set("heartbeatAt", System.currentTimeMillis())),
                        work)
                .exec(s -> {
                    if (s.isFailed() && levels != null) {
                        levels.failure();
                    }
                    return s;
                })
                .exec(VaadinSteps.leave("close tab"));
        return model.smoke() ? scenario.injectOpen(atOnceUsers(1)) : scenario.injectClosed(levels.steps(role::of));
    }

    private List<Choice.WithWeight> staff() {
        return List.of(
                new Choice.WithWeight(
                        25, navigate("staff: overview", s -> "overview", s -> "", has("request-admin-work"))),
                new Choice.WithWeight(
                        20, navigate("staff: my requests", s -> "board", s -> "mine=true", has("cards-TODO"))),
                new Choice.WithWeight(25, expertWeek("staff: expert's week")),
                new Choice.WithWeight(18, navigate("staff: directory", s -> "experts", s -> "", null)),
                new Choice.WithWeight(10.2, navigate("staff: my bookings", s -> "my-bookings", s -> "", null)),
                new Choice.WithWeight(1.5, fileRequest()),
                // about one session in five books: 0.3 % of about 70 actions a session
                new Choice.WithWeight(
                        0.3, exec(expertWeek("staff: expert's week to book")).exec(PortalSimulation.bookFreeSlot())));
    }

    private List<Choice.WithWeight> administrator() {
        return List.of(
                new Choice.WithWeight(30, myBoard()),
                // read a card: opened on the board, looked at, closed
                new Choice.WithWeight(
                        30, exec(openCard()).exec(pause(Duration.ofSeconds(3))).exec(closeCard())),
                new Choice.WithWeight(20, exec(openCard()).exec(comment()).exec(closeCard())),
                new Choice.WithWeight(20, exec(myBoard()).exec(PortalSimulation.moveCard())));
    }

    private List<Choice.WithWeight> expert() {
        return List.of(
                new Choice.WithWeight(45, schedule()),
                new Choice.WithWeight(10, approveBooking()),
                new Choice.WithWeight(
                        45, navigate("expert: own week", s -> s.getString("ownWeek"), s -> "", has("week-grid"))));
    }

    private List<Choice.WithWeight> head() {
        return List.of(
                new Choice.WithWeight(
                        40,
                        exec(navigate("head: dashboard", s -> "dashboard", s -> "", has("dashboard-updated")))
                                // in half of the visits the head reads on to the end: the sections below the first
                                // screen are made as they come near (LazySection)
                                .doIf(s -> ThreadLocalRandom.current().nextBoolean())
                                .then(uidl("head: dashboard scrolled to the end", s -> ui(s).scrolledToTheEnd(), null))
                                // the open dashboard asks for new figures every 10 s; a person looks at it for a while
                                .exec(pause(Duration.ofSeconds(10)))
                                .exec(uidl("head: dashboard poll", s -> List.of(VaadinUi.poll()), null))),
                new Choice.WithWeight(
                        35,
                        navigate(
                                "head: drill-down to a project's board",
                                s -> "board",
                                s -> "project=" + project(s),
                                has("cards-TODO"))),
                new Choice.WithWeight(25, navigate("head: audit log", s -> "audit", s -> "", has("audit-from"))));
    }

    // ------------------------------------------------------------------------------------------------ the actions

    private ChainBuilder expertWeek(String name) {
        return navigate(
                name,
                s -> "experts/" + experts.get(ThreadLocalRandom.current().nextInt(experts.size())),
                s -> "week="
                        + LocalDate.now()
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                                .plusWeeks(1 + ThreadLocalRandom.current().nextInt(4)),
                has("week-grid"));
    }

    private ChainBuilder schedule() {
        return navigate("expert: schedule", s -> "schedule", s -> "", has("schedule-grid"));
    }

    /**
     * Approve on a requested booking of the expert's schedule (the schedule first, unless it is the view on screen), as
     * the button's click calls the actions column's Lit function for its row; nothing when no booking waits for
     * approval. The server must answer "The booking is confirmed." (or "The series is confirmed.").
     */
    private ChainBuilder approveBooking() {
        return exec(doIf(s -> !"schedule".equals(s.getString("route"))).then(schedule()))
                .exec(s -> {
                    List<String> requested = ui(s).gridRows("schedule-grid").stream()
                            .filter(row -> "true".equals(VaadinUi.itemProperty(row, "requested")))
                            .map(Object::toString)
                            .toList();
                    return requested.isEmpty()
                            ? s.remove("requested")
                            : s.set(
                                    "requested",
                                    requested.get(ThreadLocalRandom.current().nextInt(requested.size())));
                })
                .doIf(s -> s.contains("requested"))
                .then(exec(uidl(
                                "expert: approve a booking",
                                s -> List.of(ui(s).litFunction(
                                                SCHEDULE_ACTIONS,
                                                "approve",
                                                VaadinUi.JSON.readTree(s.getString("requested")))),
                                (ui, s) -> ui.lastBody().contains("is confirmed.")
                                        ? null
                                        : "not approved: " + VaadinUi.abbreviate(ui.lastBody())))
                        // the refreshed schedule's connector confirms its new rows, as the browser does
                        .exec(VaadinSteps.gridRows("expert: approve a booking", null)));
    }

    /** The element id of the schedule's actions column, whose Lit renderer has the "approve" function. */
    private static final String SCHEDULE_ACTIONS = "schedule-actions";

    /**
     * A card's title clicked on the administrator's board (the board first, unless it is the view on screen): the
     * card's dialog, through the board renderer's "open" function as the browser calls it.
     */
    private ChainBuilder openCard() {
        return exec(io.gatling.javaapi.core.CoreDsl.doIf(
                                s -> !"board".equals(s.getString("route")) || !"mine=true".equals(s.getString("query")))
                        .then(myBoard()))
                .exec(s -> {
                    List<String[]> cards = new ArrayList<>();
                    for (String column : List.of("TODO", "IN_PROGRESS", "WAITING")) {
                        if (ui(s).hasLitRenderer("cards-" + column)) {
                            ui(s).gridRows("cards-" + column)
                                    .forEach(c -> cards.add(new String[] {"cards-" + column, c.toString()}));
                        }
                    }
                    if (cards.isEmpty()) {
                        ui(s).fail("no open card on the administrator's board");
                        return s.set("card", new String[] {"cards-TODO", "{}"});
                    }
                    return s.set("card", cards.get(ThreadLocalRandom.current().nextInt(cards.size())));
                })
                .exec(uidl(
                        "admin: open a card",
                        s -> {
                            String[] card = s.get("card");
                            return List.of(ui(s).litFunction(card[0], "open", VaadinUi.JSON.readTree(card[1])));
                        },
                        has("task-cancel")));
    }

    /** The card's dialog closed (Cancel), and its "closed" event after the animation, as the browser sends it. */
    private ChainBuilder closeCard() {
        return exec(uidl(
                        "admin: close the card",
                        s -> List.of(VaadinUi.click(node(s, "task-cancel"))),
                        (ui, s) ->
                                DIALOG_CLOSED.matcher(ui.lastBody()).find() ? null : "the card's dialog stayed open"))
                .exec(uidl(
                        "admin: card closed",
                        s -> {
                            java.util.regex.Matcher closed = DIALOG_CLOSED.matcher(ui(s).lastBody());
                            closed.find();
                            return List.of(VaadinUi.event(Integer.parseInt(closed.group(1)), "closed", Map.of()));
                        },
                        null));
    }

    private static final java.util.regex.Pattern DIALOG_CLOSED = java.util.regex.Pattern.compile(
            "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"opened\",\"feat\":1,\"value\":false}");

    private ChainBuilder myBoard() {
        return navigate("admin: my board", s -> "board", s -> "mine=true", has("cards-TODO"));
    }

    /** The card dialog's Comments tab (a tab's content reaches the browser when the tab is chosen), then a comment. */
    private ChainBuilder comment() {
        return exec(uidl(
                        "admin: comments tab",
                        s -> {
                            int tabs = ui(s).newestByTag("vaadin-tabs").orElse(-1);
                            if (tabs < 0) {
                                ui(s).fail("no tabs in the card's dialog");
                            }
                            return List.of(
                                    VaadinUi.sync(tabs, "selected", COMMENTS_TAB),
                                    VaadinUi.event(tabs, "selected-changed", Map.of()));
                        },
                        has("comment-text")))
                .exec(postComment());
    }

    /** The card dialog's tabs: details, checklist, comments, history, attachments. */
    private static final int COMMENTS_TAB = 2;

    private ChainBuilder postComment() {
        return uidl(
                "admin: comment",
                s -> List.of(
                        VaadinUi.sync(node(s, "comment-text"), "value", "Load test note " + s.userId()),
                        VaadinUi.event(node(s, "comment-text"), "change", Map.of()),
                        VaadinUi.click(node(s, "comment-add"))),
                (ui, s) -> ui.lastBody().contains("Load test note " + s.userId()) ? null : "the comment did not show");
    }

    /** Staff file a request of a catalogue type: title and project, submitted; the reference comes back at once. */
    private ChainBuilder fileRequest() {
        return exec(navigate(
                        "staff: request form",
                        s -> "requests",
                        s -> "type="
                                + requestTypes.get(ThreadLocalRandom.current().nextInt(requestTypes.size())),
                        has("request-submit")))
                .exec(uidl(
                        "staff: request form: load projects",
                        s -> List.of(
                                VaadinUi.callable(node(s, "request-project"), "setViewportRange", List.of(0, 50, ""))),
                        (ui, s) -> ui.comboKeys().isEmpty() ? "no projects in the request form" : null))
                .exec(s -> s.set("projectKey", ui(s).comboKeys().getFirst()))
                .exec(uidl(
                        "staff: file a request",
                        s -> List.of(
                                VaadinUi.sync(node(s, "request-project"), "value", s.getString("projectKey")),
                                VaadinUi.event(node(s, "request-project"), "value-changed", Map.of()),
                                VaadinUi.sync(node(s, "request-title"), "value", "Load test request " + s.userId()),
                                VaadinUi.event(node(s, "request-title"), "change", Map.of()),
                                VaadinUi.click(node(s, "request-submit"))),
                        (ui, s) -> ui.byId("request-filed").isPresent()
                                ? null
                                : "not filed: " + VaadinUi.abbreviate(ui.lastBody())));
    }

    /**
     * A person's pause, then the heartbeat the open page sends every minute (Vaadin closes a UI after three missed
     * ones: without it every virtual user's page was closed under it after three minutes), then a stop when a level
     * did not hold.
     */
    private ChainBuilder think() {
        return exec(pause(model.thinkMin(), model.thinkMax()))
                .doIf(s -> s.contains("ui")
                        && System.currentTimeMillis() - s.getLong("heartbeatAt") >= HEARTBEAT.toMillis())
                .then(exec(http("heartbeat")
                                .post(s -> "/?v-r=heartbeat&v-uiId=" + ui(s).uiId())
                                .header("Content-Type", "text/plain;charset=utf-8")
                                .check(io.gatling.javaapi.http.HttpDsl.status().is(200)))
                        .exec(s -> s.set("heartbeatAt", System.currentTimeMillis())))
                .exec(stopLoadGeneratorIf(
                        s -> "a level did not hold (p95 over " + CapacityLevels.P95_LIMIT_MS + " ms or a failed user)",
                        s -> levels != null && levels.kneePassed()));
    }

    private static java.util.function.BiFunction<VaadinUi, Session, String> has(String elementId) {
        return (ui, s) -> ui.byId(elementId).isPresent() ? null : "no #" + elementId;
    }

    private String project(Session s) {
        if (model.smoke()) {
            return "1";
        }
        long project = 1 + ThreadLocalRandom.current().nextInt(LargeDataSize.LARGE.projects());
        return String.valueOf(project % 20 == 0 ? project - 1 : project);
    }

    /** An expert's own week, from the schedule's link to it ("" on other start pages). */
    private static String ownWeek(VaadinUi ui) {
        return ui.withAttribute("href").stream()
                .map(n -> ui.attribute(n, "href"))
                .filter(href -> href.matches("experts/\\d+"))
                .findFirst()
                .orElse("");
    }

    // --------------------------------------------------------------------------------------------- set-up, levels

    /**
     * The role's accounts, each virtual user the next (round robin); the smoke run uses the demo sign-ins, for the
     * expert one who approves bookings (the demo data has requests waiting for him), so that the smoke approves one.
     */
    private Iterator<Map<String, Object>> accounts(Role role) {
        List<String> emails = model.smoke()
                ? List.of(
                        switch (role) {
                            case STAFF -> "staff@pso.example";
                            case ADMINISTRATOR -> "admin@pso.example";
                            case EXPERT -> "jonas.weber@pso.example";
                            case HEAD -> "head@pso.example";
                        })
                : LargeDataGenerator.accounts(LargeDataSize.LARGE, role.name());
        int needed = model.maxUsers(role);
        if (emails.size() < needed) {
            throw new IllegalStateException("The large organisation has " + emails.size() + " " + role
                    + " accounts, the highest level needs " + needed);
        }
        AtomicInteger next = new AtomicInteger();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("user", emails.get(Math.floorMod(next.getAndIncrement(), emails.size())));
            }
        };
    }

    /** Catalogue types a request of which needs no answers (title and project only): the ones staff file here. */
    private List<Long> fileableRequestTypes() throws IOException, InterruptedException {
        PortalClient staff = new PortalClient(portal.baseUrl()).signIn("staff@pso.example", PASSWORD);
        VaadinUi catalogue = staff.open("requests", "");
        List<Long> types = new ArrayList<>();
        for (String id : catalogue.idsUnder("request-catalogue", "request-type-")) {
            long type = Long.parseLong(id.substring("request-type-".length()));
            VaadinUi form = staff.open("requests", "type=" + type);
            boolean noAnswers = form.withAttribute("id").stream()
                    .map(n -> form.attribute(n, "id"))
                    .noneMatch(i -> i.startsWith("answer-"));
            if (noAnswers && form.byId("request-submit").isPresent()) {
                types.add(type);
            }
            staff.leave(form);
        }
        staff.leave(catalogue);
        return types;
    }

    /** The views of every role a few times, so that the first level does not measure a cold JVM. */
    private void warmUp(int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            PortalClient client = new PortalClient(portal.baseUrl()).signIn("head@pso.example", PASSWORD);
            for (String[] view : new String[][] {
                {"overview", ""},
                {"board", "project=" + (1 + i % 19)},
                {"experts/" + experts.get(i % experts.size()), ""},
                {"experts", ""},
                {"dashboard", ""},
                {"audit", ""}
            }) {
                client.leave(client.open(view[0], view[1]));
            }
        }
    }

    @Override
    public void before() {
        if (levels != null) {
            levels.start(portal.pid());
        }
    }

    @Override
    public void after() {
        try {
            if (levels != null) {
                levels.stop();
                String report = OfficeReport.markdown(model, levels, CapacityLevels.portalCores());
                levels.write(jar.getParent().resolve("bench/office-report.md"), report);
                System.out.println(report);
            }
        } catch (Exception e) {
            System.err.println("[office] report not written: " + e);
        } finally {
            portal.close();
        }
    }

    // ------------------------------------------------------------------------------------------------- the model

    /** The run's settings (system properties), see the class comment. */
    record Model(
            boolean smoke,
            List<Integer> levels,
            Duration ramp,
            Duration hold,
            Duration thinkMin,
            Duration thinkMax,
            Duration sessionMin,
            Duration sessionMax,
            int warmUpRounds) {

        static Model fromSystemProperties() {
            boolean smoke = "smoke".equals(System.getProperty("load.office", "smoke"));
            return new Model(
                    smoke,
                    CapacityLevels.parse(System.getProperty("load.office.levels", "100,200,300,400,500,600")),
                    Duration.ofSeconds(Integer.getInteger("load.office.ramp", 30)),
                    Duration.ofSeconds(Integer.getInteger("load.office.hold", 120)),
                    smoke ? Duration.ofMillis(100) : Duration.ofSeconds(5),
                    smoke ? Duration.ofMillis(300) : Duration.ofSeconds(30),
                    Duration.ofMinutes(10),
                    Duration.ofMinutes(30),
                    smoke ? 0 : 5);
        }

        String demoData() {
            return smoke ? "true" : "large";
        }

        Duration sessionLength() {
            long min = sessionMin.toSeconds();
            return Duration.ofSeconds(min + ThreadLocalRandom.current().nextLong(sessionMax.toSeconds() - min + 1));
        }

        int maxUsers(Role role) {
            return smoke ? 1 : role.of(levels.getLast());
        }
    }
}
