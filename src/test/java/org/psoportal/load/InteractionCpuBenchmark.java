package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 17, "each interaction against the floor": the server CPU (the portal's JVM and its embedded MariaDB, from
 * the operating system's accounting) of each interaction type, as a multiple of the cheapest round trip the portal
 * has. One client, one interaction at a time, on the packaged jar with the large organisation; every type runs some
 * warm-up rounds and then a batch of rounds in a row, and the CPU the two processes used during the batch, less
 * their idle background (measured over a few quiet seconds just before the batch), divided by the rounds is the
 * figure. Each role signs in with its own account, and every round checks that it did what it should (the card
 * moved, the booking and the request exist), so no batch measures error pages.
 *
 * <p>The floor is a navigation to the home view in a UI that already shows it (a router link click: the route's
 * access check, the navigation events, the page title; the view instance is kept): the least a round trip through
 * the portal's views costs. It is measured first and again last; the ratios use the last (the JIT has compiled
 * by then what the other batches made hot). The home view's page load (bootstrap page, init, navigation, unload) is reported too.
 * Writes target/bench/interaction-report.md; run by {@code ./mvnw -Pload verify} (docs/performance.md).
 * System properties: {@code interaction.scale} multiplies the rounds (default 1), {@code interaction.profile}
 * names a type (e.g. "board open") whose batch is recorded with JDK Flight Recorder into target/bench,
 * {@code interaction.types} runs only the named types (comma-separated) besides the floor.
 */
class InteractionCpuBenchmark {

    private static final String PASSWORD = "demo1234";
    private static final String HEAD = "head@pso.example";
    private static final String ADMIN = "admin@pso.example";
    private static final String STAFF = "staff@pso.example";
    private static final List<String> COLUMNS = List.of("TODO", "IN_PROGRESS", "WAITING", "DONE");
    private static final Duration IDLE = Duration.ofSeconds(Integer.getInteger("interaction.idleSeconds", 4));
    private static final double SCALE = Double.parseDouble(System.getProperty("interaction.scale", "1"));
    private static final String PROFILE = System.getProperty("interaction.profile", "");
    /** Only these types (and the floor), e.g. for a profile of one; empty: all. */
    private static final List<String> TYPES =
            System.getProperty("interaction.types", "").isBlank()
                    ? List.of()
                    : List.of(System.getProperty("interaction.types").split(","));

    private static final Pattern DIALOG_CLOSED =
            Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"opened\",\"feat\":1,\"value\":false}");
    private static final Pattern REQUEST_TYPE = Pattern.compile("request-type-(\\d+)");

    /** One measured batch: CPU of the portal's JVM and database net of their idle background. */
    record Result(
            String type,
            String account,
            String round,
            int rounds,
            double jvmMs,
            double dbMs,
            double jitMs,
            double requestThreadMs,
            double wallS) {
        double totalMs() {
            return jvmMs + dbMs;
        }

        /** The request threads and the database: what the round itself costs once the JVM is warm. */
        double requestAndDbMs() {
            return requestThreadMs + dbMs;
        }

        /** Without the JIT compilers' work, which a server that has run for long has done. */
        double withoutJitMs() {
            return totalMs() - jitMs;
        }
    }

    /** One round of an interaction; throws when it did not do what it should. */
    @FunctionalInterface
    interface Round {
        void run(int i) throws Exception;
    }

    private PortalJar portal;
    private Path bench;
    private final List<Result> results = new ArrayList<>();
    /** Per type: the portal JVM's CPU per round by thread group (request threads, JIT compilers, GC, ...). */
    private final Map<String, Map<String, Double>> threads = new java.util.LinkedHashMap<>();

    @Test
    void cpuPerInteraction() throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
        bench = jar.toAbsolutePath().getParent().resolve("bench");
        Files.createDirectories(bench);
        String loadBefore = uptime();
        try (PortalJar started = PortalJar.start(jar, "large", List.of("-Xmx2g"), Duration.ofMinutes(10))) {
            portal = started;
            PortalClient staff = new PortalClient(portal.baseUrl()).signIn(STAFF, PASSWORD);
            PortalClient admin = new PortalClient(portal.baseUrl()).signIn(ADMIN, PASSWORD);
            PortalClient head = new PortalClient(portal.baseUrl()).signIn(HEAD, PASSWORD);
            List<Long> experts = staff.expertIds();
            assertThat(experts).as("experts in the directory").isNotEmpty();

            floor(staff);
            if (wanted("home page load")) {
                homePageLoad(staff);
            }
            if (wanted("board open")) {
                boardOpen(admin);
            }
            if (wanted("card move")) {
                cardMove(admin);
            }
            if (wanted("card dialog")) {
                cardDialog(admin);
            }
            if (wanted("week open")) {
                weekOpen(staff, experts);
            }
            if (wanted("booking")) {
                booking(staff, experts);
            }
            if (wanted("dashboard open")) {
                dashboardOpen(head);
            }
            if (wanted("dashboard scrolled to the end")) {
                dashboardScrolled(head);
            }
            if (wanted("request form submit")) {
                requestSubmit(staff);
            }
            // again at the end, with the JIT done with what the first batches made hot: the floor the ratios use
            floor(staff, "floor, again at the end");

            String report = report(loadBefore, uptime());
            Files.writeString(bench.resolve("interaction-report.md"), report);
            System.out.println(report);
        }
        assertThat(results).hasSize(TYPES.isEmpty() ? 11 : 2 + TYPES.size()).allMatch(r -> r.rounds() > 0);
    }

    // ------------------------------------------------------------------------------------------------ the types

    /** A router-link navigation to the home view in a UI that shows it (a new query each time: a new location). */
    private void floor(PortalClient staff) throws Exception {
        floor(staff, "floor: home navigation");
    }

    private void floor(PortalClient staff, String type) throws Exception {
        VaadinUi ui = staff.open("home", "");
        measure(type, STAFF, "navigation to home in an open UI (1 UIDL request)", 300, 150, i -> {
            staff.rpc(ui, List.of(VaadinUi.navigate("home", "n=" + i)));
            if (!ui.lastBody().contains("Home")) {
                throw new IllegalStateException("not the home view: " + VaadinUi.abbreviate(ui.lastBody()));
            }
        });
        System.out.println("[interactions] a floor response (" + ui.lastBody().length() + " characters): "
                + VaadinUi.abbreviate(ui.lastBody()));
        staff.leave(ui);
    }

    private void homePageLoad(PortalClient staff) throws Exception {
        measure("home page load", STAFF, "page, init, navigation, unload (4 requests)", 60, 40, i -> {
            VaadinUi ui = staff.open("home", "");
            if (ui.byId("request-admin-work").isEmpty()) {
                throw new IllegalStateException("no home view");
            }
            staff.leave(ui);
        });
    }

    /** Page load of one project's board (about 90-100 cards), each round another open project. */
    private void boardOpen(PortalClient admin) throws Exception {
        measure("board open", ADMIN, "page load of one project's board, grid rows, unload", 40, 30, i -> {
            VaadinUi ui = admin.open("board", project(i));
            if (cards(ui) == 0) {
                throw new IllegalStateException("the board shows no cards");
            }
            admin.leave(ui);
        });
    }

    /**
     * Drag and drop between columns on an open board, as vaadin-grid sends it (dragstart, drop and dragend, the
     * redrawn columns' row confirmations); even rounds To do to In progress, odd rounds the card back.
     */
    private void cardMove(PortalClient admin) throws Exception {
        VaadinUi ui = admin.open("board", "project=3");
        int[] moves = {0};
        measure("card move", ADMIN, "drag and drop to another column (To do and back), rows confirmed", 60, 30, i -> {
            boolean forth = moves[0]++ % 2 == 0;
            move(admin, ui, forth ? "TODO" : "IN_PROGRESS", forth ? "IN_PROGRESS" : "TODO");
        });
        admin.leave(ui);
    }

    private static void move(PortalClient client, VaadinUi ui, String from, String to) throws Exception {
        List<JsonNode> source = ui.gridRows("cards-" + from);
        if (source.isEmpty()) {
            throw new IllegalStateException("no card in " + from);
        }
        JsonNode card = source.getLast();
        String title = VaadinUi.itemProperty(card, "title");
        List<JsonNode> target = ui.gridRows("cards-" + to);
        int sourceGrid = ui.nodeFor("cards-" + from);
        int targetGrid = ui.nodeFor("cards-" + to);
        client.rpc(ui, List.of(VaadinUi.gridDragStart(sourceGrid, card)));
        client.rpc(
                ui,
                List.of(
                        target.isEmpty()
                                ? VaadinUi.gridDrop(targetGrid, null, "empty", title)
                                : VaadinUi.gridDrop(targetGrid, target.getLast(), "below", title),
                        VaadinUi.gridDragEnd(sourceGrid)));
        if (ui.byId("wip-confirm").isPresent() && !ui.lastBody().contains("moved to")) {
            client.rpc(ui, List.of(VaadinUi.event(ui.nodeFor("wip-confirm"), "confirm", Map.of())));
        }
        if (!ui.lastBody().contains("moved to")) {
            throw new IllegalStateException("the card did not move: " + VaadinUi.abbreviate(ui.lastBody()));
        }
        for (int n = 0; n < 5 && ui.hasGridCalls(); n++) {
            client.rpc(ui, ui.gridCalls());
        }
        boolean arrived =
                ui.gridRows("cards-" + to).stream().anyMatch(c -> title.equals(VaadinUi.itemProperty(c, "title")));
        if (!arrived) {
            throw new IllegalStateException("the card " + title + " is not in " + to);
        }
    }

    /** A card's title clicked on an open board (the renderer's "open"), the task dialog shown, then cancelled. */
    private void cardDialog(PortalClient admin) throws Exception {
        VaadinUi ui = admin.open("board", "project=5");
        List<String[]> cards = new ArrayList<>();
        for (String column : COLUMNS) {
            if (!ui.hasLitRenderer("cards-" + column)) {
                continue; // a column whose renderer the client has not been sent (e.g. Done)
            }
            for (JsonNode row : ui.gridRows("cards-" + column)) {
                cards.add(new String[] {"cards-" + column, row.toString()});
            }
        }
        assertThat(cards)
                .as("cards on the board whose renderer the client holds")
                .isNotEmpty();
        measure("card dialog", ADMIN, "open a card's dialog from the board, cancel, closed (3 requests)", 60, 40, i -> {
            String[] card = cards.get(Math.floorMod(i, cards.size()));
            admin.rpc(ui, List.of(ui.litFunction(card[0], "open", VaadinUi.JSON.readTree(card[1]))));
            if (ui.byId("task-cancel").isEmpty()) {
                throw new IllegalStateException("no task dialog: " + VaadinUi.abbreviate(ui.lastBody()));
            }
            admin.rpc(ui, List.of(VaadinUi.click(ui.nodeFor("task-cancel"))));
            Matcher closed = DIALOG_CLOSED.matcher(ui.lastBody());
            if (!closed.find()) {
                throw new IllegalStateException("the task dialog did not close: " + VaadinUi.abbreviate(ui.lastBody()));
            }
            // the dialog's "closed" event after its closing animation: the server then takes it out of the UI
            admin.rpc(ui, List.of(VaadinUi.event(Integer.parseInt(closed.group(1)), "closed", Map.of())));
            if (ui.byId("task-cancel").isPresent()) {
                throw new IllegalStateException("the closed task dialog is still in the UI");
            }
        });
        admin.leave(ui);
    }

    private void weekOpen(PortalClient staff, List<Long> experts) throws Exception {
        measure("week open", STAFF, "page load of an expert's week (staff), unload", 60, 40, i -> {
            VaadinUi ui =
                    staff.open("experts/" + experts.get(Math.floorMod(i, experts.size())), week(i / experts.size()));
            if (ui.byId("week-grid").isEmpty()) {
                throw new IllegalStateException("no week grid");
            }
            staff.leave(ui);
        });
    }

    /**
     * A checked booking through the dialog in a week that is already open (one open week per round, opened before
     * the batch): click a free time, the project list, fill in, book (and "book anyway" when it overlaps one of the
     * account's own bookings).
     */
    private void booking(PortalClient staff, List<Long> experts) throws Exception {
        int rounds = rounds(40);
        int warmUp = 20;
        List<VaadinUi> weeks = new ArrayList<>();
        for (int i = 0; i < rounds + warmUp; i++) {
            // spread over experts and weeks (2..11 weeks ahead), away from the week-open batch's first week
            weeks.add(staff.open("experts/" + experts.get(i % experts.size()), week(1 + i / experts.size())));
        }
        measure("booking", STAFF, "free time clicked, dialog filled, booked (4-5 requests)", 40, warmUp, i -> {
            VaadinUi ui = weeks.get(i < 0 ? -i - 1 : warmUp + i);
            book(staff, ui, i);
        });
        for (VaadinUi ui : weeks) {
            staff.leave(ui);
        }
    }

    static void book(PortalClient client, VaadinUi ui, int i) throws Exception {
        Instant slot = PortalSimulation.freeSlot(ui, i);
        client.rpc(
                ui,
                List.of(slot != null ? PortalSimulation.clickFree(ui, slot) : VaadinUi.click(ui.nodeFor("next-free"))));
        if (ui.byId("booking-dialog").isEmpty()) {
            throw new IllegalStateException("no booking dialog");
        }
        client.rpc(
                ui, List.of(VaadinUi.callable(ui.nodeFor("booking-project"), "setViewportRange", List.of(0, 50, ""))));
        List<String> keys = ui.comboKeys();
        if (keys.isEmpty()) {
            throw new IllegalStateException("no projects in the booking dialog");
        }
        client.rpc(
                ui,
                List.of(
                        VaadinUi.sync(ui.nodeFor("booking-project"), "value", keys.get(Math.abs(i) % keys.size())),
                        VaadinUi.event(ui.nodeFor("booking-project"), "value-changed", Map.of()),
                        VaadinUi.sync(ui.nodeFor("booking-topic"), "value", "Interaction benchmark " + i),
                        VaadinUi.event(ui.nodeFor("booking-topic"), "change", Map.of()),
                        VaadinUi.sync(ui.nodeFor("booking-length"), "value", "1"),
                        VaadinUi.event(ui.nodeFor("booking-length"), "value-changed", Map.of())));
        client.rpc(ui, List.of(VaadinUi.click(ui.nodeFor("booking-submit"))));
        if (!booked(ui) && ui.lastBody().contains("Book anyway")) {
            client.rpc(ui, List.of(VaadinUi.click(ui.nodeFor("booking-submit"))));
        }
        if (!booked(ui)) {
            throw new IllegalStateException("not booked: " + ui.textUnder("booking-error"));
        }
    }

    private static boolean booked(VaadinUi ui) {
        return ui.lastBody().contains("Booked: ") || ui.lastBody().contains("Requested: ");
    }

    private void dashboardOpen(PortalClient head) throws Exception {
        measure("dashboard open", HEAD, "page load of the head's dashboard, unload", 30, 20, i -> {
            VaadinUi ui = head.open("dashboard", "");
            if (ui.byId("dashboard-period").isEmpty()) {
                throw new IllegalStateException("no dashboard");
            }
            head.leave(ui);
        });
    }

    /** The same, scrolled to the end: the sections below the first screen are made as they come near (LazySection). */
    private void dashboardScrolled(PortalClient head) throws Exception {
        measure(
                "dashboard scrolled to the end",
                HEAD,
                "page load of the head's dashboard, scrolled to the end, unload",
                30,
                20,
                i -> {
                    VaadinUi ui = head.open("dashboard", "");
                    head.rpc(ui, ui.scrolledToTheEnd());
                    if (ui.byId("training-figures").isEmpty()) {
                        throw new IllegalStateException("the dashboard's lower sections were not made");
                    }
                    head.leave(ui);
                });
    }

    /**
     * Staff file a request of the catalogue's first type in a form that is already open (one per round, opened
     * before the batch): the project list, title and project filled in, submitted, the "filed" page shown. The
     * default catalogue's forms have no questions of their own: the answers are the form's fixed fields.
     */
    private void requestSubmit(PortalClient staff) throws Exception {
        VaadinUi catalogue = staff.open("requests", "");
        Matcher m = REQUEST_TYPE.matcher(catalogue.lastBody());
        assertThat(m.find()).as("a request type in the catalogue").isTrue();
        String type = "type=" + m.group(1);
        staff.leave(catalogue);
        int rounds = rounds(40);
        int warmUp = 20;
        List<VaadinUi> forms = new ArrayList<>();
        for (int i = 0; i < rounds + warmUp; i++) {
            forms.add(staff.open("requests", type));
        }
        measure(
                "request form submit",
                STAFF,
                "project list, title and project filled in, submitted (3 requests)",
                40,
                warmUp,
                i -> {
                    VaadinUi ui = forms.get(i < 0 ? -i - 1 : warmUp + i);
                    staff.rpc(
                            ui,
                            List.of(VaadinUi.callable(
                                    ui.nodeFor("request-project"), "setViewportRange", List.of(0, 50, ""))));
                    List<String> keys = ui.comboKeys();
                    if (keys.isEmpty()) {
                        throw new IllegalStateException("no projects in the request form");
                    }
                    staff.rpc(
                            ui,
                            List.of(
                                    VaadinUi.sync(ui.nodeFor("request-title"), "value", "Benchmark request " + i),
                                    VaadinUi.event(ui.nodeFor("request-title"), "change", Map.of()),
                                    VaadinUi.sync(
                                            ui.nodeFor("request-project"),
                                            "value",
                                            keys.get(Math.abs(i) % keys.size())),
                                    VaadinUi.event(ui.nodeFor("request-project"), "value-changed", Map.of())));
                    staff.rpc(ui, List.of(VaadinUi.click(ui.nodeFor("request-submit"))));
                    if (ui.byId("request-filed").isEmpty()) {
                        throw new IllegalStateException(
                                "the request was not filed: " + VaadinUi.abbreviate(ui.lastBody()));
                    }
                });
        for (VaadinUi ui : forms) {
            staff.leave(ui);
        }
    }

    // ------------------------------------------------------------------------------------------------ measuring

    /**
     * Warm-up rounds (numbered -1, -2, ...), then the idle background over a few quiet seconds, then the batch
     * (numbered 0..), between two readings of the processes' CPU time.
     */
    private void measure(String type, String account, String round, int rounds, int warmUp, Round step)
            throws Exception {
        int n = rounds(rounds);
        for (int i = 1; i <= warmUp; i++) {
            step.run(-i);
        }
        CpuUse.Reading idleStart = CpuUse.Reading.of(portal.pid());
        Thread.sleep(IDLE.toMillis());
        CpuUse idle = CpuUse.Reading.of(portal.pid()).since(idleStart);
        boolean profiled = type.startsWith(PROFILE) && !PROFILE.isEmpty();
        if (profiled) {
            jcmd("JFR.start", "name=interaction", "settings=profile");
        }
        Map<String, Long> threadsBefore = threadTicks(portal.pid());
        CpuUse.Reading start = CpuUse.Reading.of(portal.pid());
        for (int i = 0; i < n; i++) {
            step.run(i);
        }
        CpuUse used = CpuUse.Reading.of(portal.pid()).since(start);
        Map<String, Long> threadsAfter = threadTicks(portal.pid());
        if (profiled) {
            Path file = bench.resolve("interaction-" + type.replaceAll("[^a-z]+", "-") + ".jfr");
            jcmd("JFR.stop", "name=interaction", "filename=" + file);
            System.out.println("[interactions] profile of " + type + ": " + file);
        }
        double jvm = (used.portalSeconds() - idle.portalSeconds() / idle.wallSeconds() * used.wallSeconds()) * 1000;
        double db = (used.databaseSeconds() - idle.databaseSeconds() / idle.wallSeconds() * used.wallSeconds()) * 1000;
        Map<String, Double> groups = byThreadGroup(threadsBefore, threadsAfter, n);
        double jit = groups.entrySet().stream()
                .filter(e -> e.getKey().contains("CompilerThre"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        double requestThreads = groups.entrySet().stream()
                .filter(e -> e.getKey().startsWith("http-nio"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        Result result = new Result(type, account, round, n, jvm / n, db / n, jit, requestThreads, used.wallSeconds());
        results.add(result);
        threads.put(type, groups);
        System.out.println("[interactions]   by thread (ms per round): " + threads.get(type));
        System.out.printf(
                Locale.ROOT,
                "[interactions] %s: %d rounds in %.1f s, JVM %.2f ms + DB %.2f ms per round (idle %.1f + %.1f ms/s)%n",
                type,
                n,
                used.wallSeconds(),
                result.jvmMs(),
                result.dbMs(),
                idle.portalSeconds() / idle.wallSeconds() * 1000,
                idle.databaseSeconds() / idle.wallSeconds() * 1000);
    }

    private String report(String loadBefore, String loadAfter) {
        Result floor = results.getLast();
        StringBuilder out = new StringBuilder();
        out.append("# CPU per interaction against the floor (issue 17)\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Packaged jar, -Xmx2g, large organisation; one client, one interaction at a time, each type after "
                        + "warm-up rounds; server CPU = portal JVM + its MariaDB (OS accounting), net of the idle "
                        + "background measured over %d s before each batch. Floor: %s (%s). %d cores; load before "
                        + "`%s`, after `%s`.%n%n",
                IDLE.toSeconds(),
                floor.type(),
                floor.round(),
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                loadAfter));
        out.append("| interaction | account | one round | rounds | JVM ms | DB ms | total ms | / floor | <= 5 "
                + "| of JVM: JIT ms | total w/o JIT / floor w/o JIT | request threads + DB ms | / floor's |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            double ratio = r.totalMs() / floor.totalMs();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %d | %.2f | %.2f | %.2f | %.1f | %s | %.1f | %.1f | %.1f | %.1f |%n",
                    r.type(),
                    r.account(),
                    r.round(),
                    r.rounds(),
                    r.jvmMs(),
                    r.dbMs(),
                    r.totalMs(),
                    ratio,
                    r.type().startsWith("floor") ? "" : ratio <= 5 ? "yes" : "no",
                    r.jitMs(),
                    r.withoutJitMs() / floor.withoutJitMs(),
                    r.requestAndDbMs(),
                    r.requestAndDbMs() / floor.requestAndDbMs()));
        }
        out.append("\nThe portal JVM's CPU per round by thread (ms; /proc clock ticks, idle background not taken "
                + "out; names as the kernel keeps them, digits removed):\n\n");
        threads.forEach((type, groups) -> out.append("- ")
                .append(type)
                .append(": ")
                .append(groups.entrySet().stream()
                        .limit(6)
                        .map(e ->
                                String.format(Locale.ROOT, "%s %.1f", e.getKey().strip(), e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", ")))
                .append('\n'));
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * CPU clock ticks of the JVM's threads by name with the digits taken out (the kernel keeps 15 characters of a
     * name: "http-nio-8080-e" becomes "http-nio--e"), from /proc: where the JVM's CPU goes besides the request
     * threads (the JIT compilers, the garbage collector). Threads that ended between two readings are lost.
     */
    private static Map<String, Long> threadTicks(long pid) {
        Map<String, Long> ticks = new java.util.HashMap<>();
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close).replaceAll("[0-9]", "");
                    String[] fields = stat.substring(close + 2).split(" ");
                    // fields after the name: state is 0, utime 11, stime 12
                    ticks.merge(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** Milliseconds per round by thread group, largest first (clock ticks of 10 ms). */
    private static Map<String, Double> byThreadGroup(Map<String, Long> before, Map<String, Long> after, int rounds) {
        Map<String, Double> perRound = new java.util.LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> perRound.put(e.getKey(), e.getValue() * 10.0 / rounds));
        return perRound;
    }

    private static boolean wanted(String type) {
        return TYPES.isEmpty() || TYPES.contains(type);
    }

    private static int rounds(int base) {
        return Math.max(1, (int) Math.round(base * SCALE));
    }

    /** Generated projects 1..200, every 20th closed: an open one per round. */
    private static String project(int i) {
        int project = 1 + Math.floorMod(i, 200);
        return "project=" + (project % 20 == 0 ? project - 1 : project);
    }

    /** The Monday {@code weeksAhead} + 1 weeks from now (every week fully in the future). */
    private static String week(int weeksAhead) {
        LocalDate monday = LocalDate.now()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(1 + Math.floorMod(weeksAhead, 10));
        return "week=" + monday;
    }

    private static int cards(VaadinUi ui) {
        int cards = 0;
        for (String column : COLUMNS) {
            cards += ui.gridRows("cards-" + column).size();
        }
        return cards;
    }

    private static String uptime() {
        try {
            return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8)
                    .strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(portal.pid())));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }
}
