package org.psoportal.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.psoportal.booking.ui.WeekMarkup;
import tools.jackson.databind.JsonNode;

/**
 * The portal under load, through Vaadin's real client-server protocol ({@link VaadinUi}): each virtual user signs
 * in, opens the board, moves a card (drag and drop), opens an expert's week, books a free slot, opens the dashboard,
 * with think times between the steps. Every response is checked (HTTP status, Vaadin's error marks, syncId/clientId,
 * and that each step did what it should: the card moved, the booking was made).
 *
 * <p>It starts the packaged jar itself ({@link PortalJar}) and stops it afterwards. System property
 * {@code load.profile}: {@code smoke} (3 users once, small demo data, part of {@code ./mvnw verify}), {@code one}
 * (1 user), {@code full} (200 concurrent users) - both on the large organisation; see docs/performance.md.
 * All users sign in as the demo head of office ({@code head@pso.example}): only that role may use all six steps
 * (the dashboard is the head's), and each virtual user has its own session, UI and cookies.
 */
public class PortalSimulation extends Simulation {

    private static final String USER = "head@pso.example";
    private static final String PASSWORD = "demo1234";

    private final LoadProfile profile = LoadProfile.fromSystemProperties();
    private final Path jar;
    private final PortalJar portal;
    private final List<Long> experts;

    public PortalSimulation() throws Exception {
        jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"))
                .toAbsolutePath();
        CapacityLevels.pinLoadClient();
        levels = profile.name().equals("stress")
                ? new CapacityLevels(
                        CapacityLevels.parse(System.getProperty("load.stress.levels", "25,50,75,100,150,200")),
                        Duration.ofSeconds(Integer.getInteger("load.stress.ramp", 30)),
                        Duration.ofSeconds(Integer.getInteger("load.stress.hold", 90)))
                : null;
        portal = PortalJar.start(jar, profile.demoData(), profile.jvmOptions(), Duration.ofMinutes(8));
        Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
        experts = new PortalClient(portal.baseUrl()).signIn(USER, PASSWORD).expertIds();
        if (experts.isEmpty()) {
            throw new IllegalStateException("No experts in the directory");
        }
        warmUp(profile.warmUpRounds());
        HttpProtocolBuilder protocol = http.baseUrl(portal.baseUrl())
                .acceptLanguageHeader("en")
                .userAgentHeader("PSO Portal load test (Gatling)")
                // the stress levels time every answered request into its level (CapacityLevels)
                .check(io.gatling.javaapi.core.CoreDsl.responseTimeInMillis()
                        .transform(ms -> levels == null || levels.sample(ms))
                        .is(true));
        // A user whose step failed stops there, but still closes the tab: the browser then sends its unload beacon,
        // and the UI left open does not go on collecting pushed changes on the server until its heartbeats are missed.
        ScenarioBuilder scenario = scenario("PSO Portal " + profile.name())
                .exitBlockOnFail()
                .on(
                        signIn(), think(),
                        openBoard(), think(),
                        moveCard(), think(),
                        openExpertWeek(), think(),
                        bookFreeSlot(), think(),
                        open(
                                        "open dashboard",
                                        s -> "dashboard",
                                        s -> "",
                                        (ui, s) -> ui.byId("dashboard-period").isPresent()
                                                        || ui.lastBody().contains("pso-dashboard")
                                                ? null
                                                : "no dashboard"),
                                think())
                .exec(s -> {
                    if (s.isFailed() && levels != null) {
                        levels.failure();
                    }
                    return s;
                })
                .exec(leave("close tab"));
        setUp(
                        levels == null
                                ? profile.inject(scenario)
                                : scenario.injectClosed(levels.steps(java.util.function.IntUnaryOperator.identity())))
                .protocols(protocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().successfulRequests().count().gt(0L));
    }

    /**
     * Opens the scenario's views a few times before measuring, so that the 1-user figures are not those of a cold JVM
     * (which would flatter the ratio of 200 users to 1).
     */
    private void warmUp(int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            PortalClient client = new PortalClient(portal.baseUrl()).signIn(USER, PASSWORD);
            client.leave(client.open("board", profile.projects() == 0 ? "" : "project=" + (1 + i % 19)));
            client.leave(client.open("experts/" + experts.get(i % experts.size()), ""));
            client.leave(client.open("dashboard", ""));
        }
    }

    /** The CPU the three processes had used when the virtual users started (after the warm-up). */
    private CpuUse.Reading cpuAtStart;

    @Override
    public void before() {
        cpuAtStart = CpuUse.Reading.of(portal.pid());
        if (levels != null) {
            levels.start(portal.pid());
        }
    }

    /** The stress levels (profile stress only, else null). */
    private final CapacityLevels levels;

    @Override
    public void after() {
        try {
            // read by LoadReport: the CPU one request and one user's round cost in this run
            CpuUse.Reading.of(portal.pid()).since(cpuAtStart).write(CpuUse.fileOf(jar.getParent(), profile.name()));
            if (levels != null) {
                levels.stop();
                int cores = CapacityLevels.portalCores();
                String report =
                        "# The stress scenario in levels (org.psoportal.load.PortalSimulation, profile stress)\n\n"
                                + "Every virtual user signs in as the head, opens a board, moves a card, opens an expert's week,"
                                + " books and opens the dashboard, 2-5 s apart, then a new one starts (closed model).\n\n"
                                + levels.table(cores)
                                + String.format(
                                        java.util.Locale.ROOT,
                                        "%n**Knee: %d concurrent users on %d core%s at p95 <= %d ms with no failed user.**%n",
                                        levels.capacity(),
                                        cores,
                                        cores == 1 ? "" : "s",
                                        CapacityLevels.P95_LIMIT_MS);
                levels.write(jar.getParent().resolve("bench/stress-report.md"), report);
                System.out.println(report);
            }
        } catch (Exception e) {
            System.err.println("[load] CPU use not recorded: " + e);
        } finally {
            portal.close();
        }
    }

    // ------------------------------------------------------------------------------------------------------- steps

    private ChainBuilder signIn() {
        return VaadinSteps.signIn(s -> USER, PASSWORD);
    }

    /** The board of one project (large data: about 90 cards) or the whole board (small demo). */
    private ChainBuilder openBoard() {
        return open("open board", s -> "board", this::boardQuery, (ui, s) -> {
            int cards = 0;
            for (String column : List.of("TODO", "IN_PROGRESS", "WAITING", "DONE")) {
                cards += ui.gridRows("cards-" + column).size();
            }
            return cards > 0 ? null : "the board shows no cards";
        });
    }

    private String boardQuery(Session s) {
        if (profile.projects() == 0) {
            return "";
        }
        // Generated projects 1..n, every 20th closed: spread the users over the open ones.
        long project = 1 + s.userId() % profile.projects();
        if (project % 20 == 0) {
            project--;
        }
        return "project=" + project;
    }

    /**
     * Drags a "To do" card (or a "Waiting" one when To do is empty) below the last card of "In progress" (onto the
     * empty grid when it has none), as the browser does with the columns' grids: {@code grid-dragstart} on the source
     * grid with the dragged row, then {@code grid-drop} on the target grid and {@code grid-dragend} on the source.
     * Confirms the WIP-limit question if it comes. The server must answer "... moved to In progress".
     */
    static ChainBuilder moveCard() {
        return exec(session -> {
                    VaadinUi ui = ui(session);
                    String source = "cards-TODO";
                    List<JsonNode> cards = ui.gridRows(source);
                    if (cards.isEmpty()) {
                        source = "cards-WAITING";
                        cards = ui.gridRows(source);
                    }
                    if (cards.isEmpty()) {
                        ui.fail("no card to move in To do or Waiting");
                        return session.set("dragSource", source)
                                .set("dragged", "")
                                .set("dropTarget", "");
                    }
                    List<JsonNode> target = ui.gridRows("cards-IN_PROGRESS");
                    JsonNode card = cards.get((int) (session.userId() % cards.size()));
                    return session.set("dragSource", source)
                            .set("dragged", card.toString())
                            .set(
                                    "dropTarget",
                                    target.isEmpty() ? "" : target.getLast().toString());
                })
                .exec(uidl(
                        "move card: drag",
                        s -> List.of(VaadinUi.gridDragStart(
                                node(s, s.getString("dragSource")), item(s.getString("dragged")))),
                        null))
                .exec(uidl(
                        "move card: drop",
                        s -> {
                            String target = s.getString("dropTarget");
                            JsonNode dragged = item(s.getString("dragged"));
                            String text = VaadinUi.itemProperty(dragged, "title");
                            return List.of(
                                    target.isEmpty()
                                            ? VaadinUi.gridDrop(node(s, "cards-IN_PROGRESS"), null, "empty", text)
                                            : VaadinUi.gridDrop(
                                                    node(s, "cards-IN_PROGRESS"), item(target), "below", text),
                                    VaadinUi.gridDragEnd(node(s, s.getString("dragSource"))));
                        },
                        (ui, s) -> ui.byId("wip-confirm").isPresent()
                                        || ui.lastBody().contains("moved to")
                                ? null
                                : "the card did not move"))
                .doIf(s -> ui(s).byId("wip-confirm").isPresent())
                .then(uidl(
                        "move card: confirm over WIP limit",
                        s -> List.of(VaadinUi.event(node(s, "wip-confirm"), "confirm", Map.of())),
                        (ui, s) -> ui.lastBody().contains("moved to") ? null : "the card did not move"))
                // The redrawn columns' connectors confirm their new rows, as the browser does.
                .asLongAs(s -> !s.isFailed() && ui(s).hasGridCalls())
                .on(uidl("move card: grid rows", s -> ui(s).gridCalls(), null));
    }

    /** A grid item kept in the session as its JSON text. */
    private static JsonNode item(String json) {
        return json == null || json.isEmpty() ? VaadinUi.JSON.nullNode() : VaadinUi.JSON.readTree(json);
    }

    /** An expert's week a few weeks ahead; users are spread over experts and weeks so they rarely want one slot. */
    private ChainBuilder openExpertWeek() {
        return open(
                "open expert week",
                s -> "experts/" + experts.get((int) (s.userId() % experts.size())),
                s -> {
                    long weeksAhead = 1 + (s.userId() / experts.size()) % profile.weeks();
                    LocalDate monday = LocalDate.now()
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusWeeks(weeksAhead);
                    return "week=" + monday;
                },
                (ui, s) -> ui.byId("week-grid").isPresent() ? null : "no week grid");
    }

    /**
     * Clicks a free time of the week (preferably one with free time around it), picks a project in the
     * combo box, types a topic, chooses the shortest length and books. The server must answer
     * "Booked: ..." (or "Requested: ..." for experts who approve bookings).
     */
    static ChainBuilder bookFreeSlot() {
        return exec(session -> {
                    Instant start = freeSlot(ui(session), session.userId());
                    return session.set("slot", start == null ? "" : start.toString());
                })
                // A week without free time (late in the week, fully booked): the calendar's "next free time".
                .doIfOrElse(s -> !s.getString("slot").isEmpty())
                .then(uidl(
                        "book: click free slot",
                        s -> List.of(clickFree(ui(s), Instant.parse(s.getString("slot")))),
                        (ui, s) -> ui.byId("booking-dialog").isPresent() ? null : "no booking dialog"))
                .orElse(uidl(
                        "book: next free time",
                        s -> List.of(VaadinUi.click(node(s, "next-free"))),
                        (ui, s) -> ui.byId("booking-dialog").isPresent() ? null : "no booking dialog"))
                .exec(uidl(
                        "book: load projects",
                        s -> List.of(
                                VaadinUi.callable(node(s, "booking-project"), "setViewportRange", List.of(0, 50, ""))),
                        (ui, s) -> ui.comboKeys().isEmpty() ? "no projects in the combo box" : null))
                .exec(session -> {
                    List<String> keys = ui(session).comboKeys();
                    return session.set(
                            "projectKey", keys.isEmpty() ? "" : keys.get((int) (session.userId() % keys.size())));
                })
                .exec(uidl(
                        "book: fill in",
                        s -> List.of(
                                VaadinUi.sync(node(s, "booking-project"), "value", s.getString("projectKey")),
                                VaadinUi.event(node(s, "booking-project"), "value-changed", Map.of()),
                                VaadinUi.sync(node(s, "booking-topic"), "value", "Load test " + s.userId()),
                                VaadinUi.event(node(s, "booking-topic"), "change", Map.of()),
                                // the shortest length (the select's first item): it fits wherever a booking may start
                                VaadinUi.sync(node(s, "booking-length"), "value", "1"),
                                VaadinUi.event(node(s, "booking-length"), "value-changed", Map.of())),
                        null))
                .exec(uidl(
                        "book: submit",
                        s -> List.of(VaadinUi.click(node(s, "booking-submit"))),
                        (ui, s) -> booked(ui) || overlapsOwnBooking(ui)
                                ? null
                                : "not booked: " + ui.textUnder("booking-error")))
                // Every virtual user books as the same person, so a new booking may overlap one of its own: the
                // dialog warns and books at the second click, as a person who read the warning would.
                .doIf(s -> !booked(ui(s)))
                .then(uidl(
                        "book: book anyway",
                        s -> List.of(VaadinUi.click(node(s, "booking-submit"))),
                        (ui, s) -> booked(ui) ? null : "not booked: " + ui.textUnder("booking-error")));
    }

    private static boolean booked(VaadinUi ui) {
        return ui.lastBody().contains("Booked: ") || ui.lastBody().contains("Requested: ");
    }

    private static boolean overlapsOwnBooking(VaadinUi ui) {
        return ui.lastBody().contains("Book anyway");
    }

    private static final Pattern FREE_START = Pattern.compile("data-start=\"([^\"]+)\"");

    /**
     * The free times the week shows: the week is markup in one element (WeekMarkup), so they are read from its
     * {@code innerHTML}, as the browser parses them.
     */
    static List<Instant> freeStarts(VaadinUi ui) {
        String markup =
                ui.byId("week-grid").map(grid -> ui.property(grid, "innerHTML")).orElse(null);
        if (markup == null) {
            return List.of();
        }
        return FREE_START
                .matcher(markup)
                .results()
                .map(r -> Instant.parse(r.group(1)))
                .toList();
    }

    /** A free time of the week grid, preferably with free time around it; {@code index} picks among them. */
    static Instant freeSlot(VaadinUi ui, long index) {
        List<Instant> starts = freeStarts(ui).stream().sorted().toList();
        if (starts.isEmpty()) {
            return null;
        }
        Set<Instant> free = new HashSet<>(starts);
        // A free cell only means no booking overlaps it; the booking rules also want a buffer (15 min) to the
        // bookings before and after. Prefer cells whose neighbours on the grid (one before, two after) are free too.
        long step = Long.MAX_VALUE;
        for (int i = 1; i < starts.size(); i++) {
            long d = Duration.between(starts.get(i - 1), starts.get(i)).toSeconds();
            if (d > 0) {
                step = Math.min(step, d);
            }
        }
        List<Instant> roomy = new ArrayList<>();
        for (Instant start : starts) {
            if (step != Long.MAX_VALUE
                    && free.contains(start.minusSeconds(step))
                    && free.contains(start.plusSeconds(step))
                    && free.contains(start.plusSeconds(2 * step))) {
                roomy.add(start);
            }
        }
        List<Instant> pick = roomy.isEmpty() ? starts : roomy;
        return pick.get((int) Math.floorMod(index, (long) pick.size()));
    }

    /** A click on the free time {@code start} of the week grid, as the browser sends it (WeekMarkup's event data). */
    static Map<String, Object> clickFree(VaadinUi ui, Instant start) {
        return VaadinUi.event(
                ui.nodeFor("week-grid"),
                "click",
                Map.of(WeekMarkup.ON_FREE_OR_OPEN, true, WeekMarkup.START, start.toString()));
    }

    private ChainBuilder think() {
        return exec(io.gatling.javaapi.core.CoreDsl.pause(profile.thinkMin(), profile.thinkMax()))
                .exec(io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf(
                        s -> "a stress level did not hold", s -> levels != null && levels.kneePassed()));
    }

    private static VaadinUi ui(Session session) {
        return VaadinSteps.ui(session);
    }

    private static int node(Session session, String elementId) {
        return VaadinSteps.node(session, elementId);
    }

    private static ChainBuilder leave(String name) {
        return VaadinSteps.leave(name);
    }

    private static ChainBuilder open(
            String name,
            Function<Session, String> route,
            Function<Session, String> query,
            BiFunction<VaadinUi, Session, String> verify) {
        return VaadinSteps.open(name, route, query, verify);
    }

    private static ChainBuilder uidl(
            String name,
            Function<Session, List<Map<String, Object>>> rpc,
            BiFunction<VaadinUi, Session, String> verify) {
        return VaadinSteps.uidl(name, rpc, verify);
    }

    // ------------------------------------------------------------------------------------------------ the profiles

    /** How big a run is: smoke (in every build), one user, or the full 200 (the stress scenario). */
    record LoadProfile(
            String name,
            String demoData,
            int projects,
            int weeks,
            Duration thinkMin,
            Duration thinkMax,
            List<String> jvmOptions,
            int users,
            Duration ramp,
            Duration hold,
            int warmUpRounds) {

        static LoadProfile fromSystemProperties() {
            String name = System.getProperty("load.profile", "smoke");
            int users = Integer.getInteger("load.users", 200);
            Duration hold = Duration.ofSeconds(Integer.getInteger("load.seconds", 180));
            List<String> jvm = List.of("-Xmx" + System.getProperty("load.xmx", "2g"));
            return switch (name) {
                case "smoke" ->
                    new LoadProfile(
                            name,
                            "true",
                            0,
                            2,
                            Duration.ofMillis(200),
                            Duration.ofMillis(600),
                            List.of("-Xmx512m"),
                            3,
                            Duration.ofSeconds(3),
                            Duration.ZERO,
                            0);
                case "one" ->
                    new LoadProfile(
                            name,
                            "large",
                            200,
                            10,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(5),
                            jvm,
                            1,
                            Duration.ZERO,
                            hold,
                            5);
                case "stress" ->
                    new LoadProfile(
                            name,
                            "large",
                            200,
                            10,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(5),
                            jvm,
                            users,
                            Duration.ZERO,
                            hold,
                            5);
                case "full" ->
                    new LoadProfile(
                            name,
                            "large",
                            200,
                            10,
                            Duration.ofSeconds(2),
                            Duration.ofSeconds(5),
                            jvm,
                            users,
                            Duration.ofSeconds(60),
                            hold,
                            5);
                default -> throw new IllegalArgumentException("load.profile: smoke, one, full or stress, not " + name);
            };
        }

        /** Smoke: each user once. Otherwise a closed model: N users at all times (a finished one is replaced). */
        PopulationBuilder inject(ScenarioBuilder scenario) {
            if (hold.isZero()) {
                return scenario.injectOpen(rampUsers(users).during(ramp));
            }
            List<io.gatling.javaapi.core.ClosedInjectionStep> steps = new ArrayList<>();
            if (!ramp.isZero()) {
                steps.add(rampConcurrentUsers(1).to(users).during(ramp));
            }
            steps.add(constantConcurrentUsers(users).during(hold));
            return scenario.injectClosed(steps.toArray(io.gatling.javaapi.core.ClosedInjectionStep[]::new));
        }
    }
}
