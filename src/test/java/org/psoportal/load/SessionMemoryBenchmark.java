package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psoportal.largedata.internal.LargeDataGenerator;
import org.psoportal.largedata.internal.LargeDataSize;

/**
 * Benchmark 5: live heap per signed-in session for every main view, on the packaged jar with the large organisation.
 * For each view it opens N sessions (a sign-in and a page load through Vaadin's protocol, {@link PortalClient}), each
 * signed in as someone of the role that uses the view (the generated people of that role in turn), keeps them open
 * and takes the used heap after full GCs ({@code jcmd GC.run}, the smallest of several {@code GC.heap_info}
 * readings). The growth over the batch divided by N is the live heap per session of that view; the home view's (the
 * emptiest page) is the floor every session pays. The class histogram difference of the heaviest view shows what
 * holds its memory. Writes target/bench/memory-report.md. Run by {@code ./mvnw -Pload verify} (docs/performance.md);
 * benchmarks print, the only assertions check that every view really rendered in every session.
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 200);
    private static final String PASSWORD = "demo1234";
    private static final Pattern EXPERT_LINK = Pattern.compile("href=\\\\\"(experts/\\d+)");
    /** The first page or two of a scrolled grid: what a browser window shows and its connector asks for. */
    private static final int FIRST_ROWS = 100;

    /** The accounts of each role in the large organisation (LargeDataGenerator#accounts), after the demo one. */
    private static final LargeDataSize SIZE = LargeDataSize.LARGE;

    /** admin@ and the generated administrators. */
    private static final List<String> ADMINISTRATORS = accounts("admin@pso.example", "ADMINISTRATOR");
    /** expert@ and the generated experts (each has a profile, working hours and bookings). */
    private static final List<String> EXPERTS = accounts("expert@pso.example", "EXPERT");
    /** staff@ and generated staff members who may sign in. */
    private static final List<String> STAFF = accounts("staff@pso.example", "STAFF");

    /**
     * One main view measured: who opens it, where, and what proves it rendered (returns what it showed, e.g. the
     * number of cards; a missing element throws).
     */
    private record View(
            String name,
            String signedInAs,
            IntFunction<String> user,
            IntFunction<String> route,
            IntFunction<String> query,
            String shows,
            ToIntFunction<VaadinUi> rendered,
            boolean scrolledToTheEnd) {

        View(
                String name,
                String signedInAs,
                IntFunction<String> user,
                IntFunction<String> route,
                IntFunction<String> query,
                String shows,
                ToIntFunction<VaadinUi> rendered) {
            this(name, signedInAs, user, route, query, shows, rendered, false);
        }

        /** Rows a grid of this view asks for: a board column shows all its cards, other grids scroll. */
        int gridRows() {
            return name.equals("board") ? Integer.MAX_VALUE : FIRST_ROWS;
        }
    }

    private record Batch(
            View view,
            long heapAfter,
            Map<String, long[]> histogramAfter,
            List<Integer> shown,
            double uidlKb,
            double lastResponseKb) {}

    @Test
    void heapPerSession() throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
        try (PortalJar portal = PortalJar.start(jar, "large", List.of("-Xmx2g"), Duration.ofMinutes(12))) {
            PortalClient staff = new PortalClient(portal.baseUrl()).signIn(STAFF.getFirst(), PASSWORD);
            List<Long> experts = staff.expertIds();
            long requestType = firstRequestType(staff);
            List<View> views = views(experts, requestType);

            // Warm-up: classes, caches and pools the first sessions of each view initialise are not per-session memory.
            for (View view : views) {
                openSessions(portal, view, 5);
            }

            long none = JvmHeap.usedAfterGc(portal.pid());
            Map<String, long[]> histogram = histogram(portal.pid());
            List<Batch> batches = new ArrayList<>();
            for (View view : views) {
                long started = System.nanoTime();
                List<Opened> opened = openSessions(portal, view, SESSIONS);
                long heap = JvmHeap.usedAfterGc(portal.pid());
                Map<String, long[]> after = histogram(portal.pid());
                batches.add(new Batch(
                        view,
                        heap,
                        after,
                        opened.stream().map(Opened::shown).toList(),
                        kb(opened, Opened::uidlChars),
                        kb(opened, Opened::lastResponseBytes)));
                System.out.printf(
                        Locale.ROOT,
                        "%s: %d sessions in %.0f s, heap %,d KB%n",
                        view.name(),
                        opened.size(),
                        (System.nanoTime() - started) / 1e9,
                        heap);
            }
            String report = report(none, histogram, batches);
            Path out = jar.toAbsolutePath().getParent().resolve("bench/memory-report.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);

            for (Batch batch : batches) {
                assertThat(batch.shown()).as(batch.view().name()).hasSize(SESSIONS);
            }
        }
    }

    private static List<View> views(List<Long> experts, long requestType) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        return List.of(
                new View(
                        "home (floor)",
                        "staff",
                        inTurn(STAFF),
                        i -> "home",
                        i -> "",
                        "request button",
                        ui -> present(ui, "request-admin-work")),
                new View(
                        "board",
                        "administrators",
                        inTurn(ADMINISTRATORS),
                        i -> "board",
                        SessionMemoryBenchmark::projectQuery,
                        "cards",
                        SessionMemoryBenchmark::cards),
                // as opened: today's figures and the admin work's; the sections below are made when scrolled to
                new View(
                        "dashboard",
                        "head",
                        i -> "head@pso.example",
                        i -> "dashboard",
                        i -> "",
                        "figure hint",
                        ui -> present(ui, "dashboard-updated")),
                new View(
                        "dashboard, scrolled to the end",
                        "head",
                        i -> "head@pso.example",
                        i -> "dashboard",
                        i -> "",
                        "sections made",
                        ui -> present(ui, "dashboard-updated") * present(ui, "training-figures"),
                        true),
                new View(
                        "expert directory",
                        "staff",
                        inTurn(STAFF),
                        i -> "experts",
                        i -> "",
                        "expert links",
                        ui -> present(ui, "expert-search") * expertLinks(ui)),
                // a different expert per session, two to five weeks ahead (what booking staff look at)
                new View(
                        "expert's week",
                        "staff",
                        inTurn(STAFF),
                        i -> "experts/" + experts.get(i % experts.size()),
                        i -> "week=" + monday.plusWeeks(2 + i % 4),
                        "free cells",
                        ui -> present(ui, "week-grid")
                                * Math.max(1, PortalSimulation.freeStarts(ui).size())),
                new View(
                        "expert's schedule",
                        "experts",
                        inTurn(EXPERTS),
                        i -> "schedule",
                        i -> "",
                        "rows",
                        ui -> present(ui, "schedule-grid")
                                * Math.max(1, ui.gridRows("schedule-grid").size())),
                new View(
                        "request form",
                        "staff",
                        inTurn(STAFF),
                        i -> "requests",
                        i -> "type=" + requestType,
                        "form",
                        ui -> present(ui, "request-title") * present(ui, "request-submit")));
    }

    private static IntFunction<String> inTurn(List<String> accounts) {
        return i -> accounts.get(i % accounts.size());
    }

    /** 1 when the element is in the UI; else the view did not render (an error page, a refused route). */
    private static int present(VaadinUi ui, String elementId) {
        if (ui.byId(elementId).isEmpty()) {
            throw new IllegalStateException("no #" + elementId + " in the view: " + VaadinUi.abbreviate(ui.lastBody()));
        }
        return 1;
    }

    private static int cards(VaadinUi ui) {
        present(ui, "column-TODO");
        int cards = 0;
        for (String column : List.of("TODO", "IN_PROGRESS", "WAITING", "DONE")) {
            cards += ui.gridRows("cards-" + column).size();
        }
        if (cards == 0) {
            throw new IllegalStateException("a board without cards");
        }
        return cards;
    }

    /** The cards' calendar links: the cards are markup in one element (ExpertCards), so they are read from it. */
    private static int expertLinks(VaadinUi ui) {
        long links = EXPERT_LINK
                .matcher(ui.lastBody())
                .results()
                .map(r -> r.group(1))
                .distinct()
                .count();
        if (links == 0) {
            throw new IllegalStateException("a directory without experts");
        }
        return (int) links;
    }

    /** Generated projects 1..200, every 20th closed: one open project per session. */
    private static String projectQuery(int i) {
        int project = 1 + i % 200;
        return "project=" + (project % 20 == 0 ? project - 1 : project);
    }

    /** The catalogue's first request type (the six default ones are made by the Liquibase migration). */
    private static long firstRequestType(PortalClient staff) throws IOException, InterruptedException {
        VaadinUi catalogue = staff.open("requests", "");
        List<String> types = catalogue.idsUnder("request-catalogue", "request-type-");
        staff.leave(catalogue);
        if (types.isEmpty()) {
            throw new IllegalStateException("The request catalogue is empty");
        }
        return Long.parseLong(types.getFirst().substring("request-type-".length()));
    }

    private static List<String> accounts(String demo, String role) {
        List<String> accounts = new ArrayList<>(List.of(demo));
        accounts.addAll(LargeDataGenerator.accounts(SIZE, role));
        return List.copyOf(accounts);
    }

    /** The mean over the sessions, per 1,024. */
    private static double kb(List<Opened> opened, java.util.function.ToLongFunction<Opened> value) {
        return opened.stream().mapToLong(value).average().orElse(0) / 1024;
    }

    /**
     * What a session showed, the characters of its page load's UIDL responses, and the heap its last response takes:
     * Flow keeps each UI's last response (UIInternals#lastRequestResponse, to answer a resent request) until the
     * UI's next round trip; a String of Latin-1 characters takes a byte per character, any other two.
     */
    private record Opened(int shown, long uidlChars, long lastResponseBytes) {

        static Opened of(int shown, VaadinUi ui) {
            String last = ui.lastBody();
            boolean latin1 = last.chars().allMatch(c -> c <= 0xFF);
            return new Opened(shown, ui.received(), (long) last.length() * (latin1 ? 1 : 2));
        }
    }

    /** Opens {@code count} sessions of the view (4 at a time), each as the view's next account; what each showed. */
    private static List<Opened> openSessions(PortalJar portal, View view, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Opened>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    String user = view.user().apply(n);
                    try {
                        PortalClient client = new PortalClient(portal.baseUrl()).signIn(user, PASSWORD);
                        VaadinUi ui = client.open(
                                view.route().apply(n), view.query().apply(n), new VaadinUi().rowLimit(view.gridRows()));
                        if (view.scrolledToTheEnd()) {
                            client.rpc(ui, ui.scrolledToTheEnd());
                            // the open dashboard's poll, within 10 s: Vaadin keeps a UI's last response (to resend
                            // it if lost) until the next request, so without it the sections' 260 KB would stay
                            client.rpc(ui, List.of(VaadinUi.poll()));
                        }
                        return Opened.of(view.rendered().applyAsInt(ui), ui);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(view.name() + " as " + user, e);
                    }
                }));
            }
            List<Opened> opened = new ArrayList<>();
            for (Future<Opened> result : results) {
                opened.add(result.get());
            }
            return opened;
        } finally {
            pool.shutdown();
        }
    }

    private static String report(long none, Map<String, long[]> histogramNone, List<Batch> batches) {
        StringBuilder report = new StringBuilder();
        report.append("# Memory per session (benchmark 5)\n\n");
        report.append(String.format(
                Locale.ROOT,
                "Packaged jar, -Xmx2g, large organisation; %d sessions per view, each signed in as someone of the "
                        + "role that uses it; used heap after full GC (smallest of 3 readings). Heap with no "
                        + "benchmark sessions: %,d KB.%n%n",
                SESSIONS,
                none));
        report.append("| view | signed in as | heap after its batch | per session | per session minus floor "
                + "| target | holds | Flow state nodes per session | UIDL of one page load "
                + "| of which the last response, which the UI keeps | shown (mean) |\n");
        report.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder largest = new StringBuilder();
        long before = none;
        double floor = 0;
        Batch heaviest = null;
        double heaviestKb = -1;
        Map<String, long[]> heaviestBefore = histogramNone;
        Map<String, long[]> histogramBefore = histogramNone;
        for (Batch batch : batches) {
            double kb = (batch.heapAfter() - before) / (double) SESSIONS;
            if (batches.getFirst() == batch) {
                floor = kb;
            }
            List<ClassGrowth> growth = histogramDiff(histogramBefore, batch.histogramAfter());
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %,d KB | %.0f KB | %s | <= 300 KB | %s | %.0f | %.0f KB | %.0f KB | %.1f %s |%n",
                    batch.view().name(),
                    batch.view().signedInAs(),
                    batch.heapAfter(),
                    kb,
                    batches.getFirst() == batch ? "-" : String.format(Locale.ROOT, "%.0f KB", kb - floor),
                    kb <= 300 ? "yes" : "no",
                    growth.stream()
                                    .filter(g -> g.name().equals("com.vaadin.flow.internal.StateNode"))
                                    .mapToLong(ClassGrowth::instances)
                                    .sum()
                            / (double) SESSIONS,
                    batch.uidlKb(),
                    batch.lastResponseKb(),
                    batch.shown().stream().mapToInt(Integer::intValue).average().orElse(0),
                    batch.view().shows()));
            largest.append("- ").append(batch.view().name()).append(": ");
            growth.stream()
                    .limit(5)
                    .forEach(g -> largest.append(
                            String.format(Locale.ROOT, "`%s` %.0f KB, ", g.name(), g.bytes() / 1024.0 / SESSIONS)));
            largest.setLength(largest.length() - 2);
            largest.append('\n');
            if (kb > heaviestKb) {
                heaviestKb = kb;
                heaviest = batch;
                heaviestBefore = histogramBefore;
            }
            before = batch.heapAfter();
            histogramBefore = batch.histogramAfter();
        }
        report.append("\nThe five classes that grew most per session of each view:\n\n")
                .append(largest);
        report.append(String.format(
                Locale.ROOT,
                "%nWhat a session of the heaviest view (%s) adds (class histogram difference per session, top 20):%n%n",
                heaviest.view().name()));
        report.append("| class | instances | KB |\n|---|---|---|\n");
        histogramDiff(heaviestBefore, heaviest.histogramAfter()).stream()
                .limit(20)
                .forEach(row -> report.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %.1f | %.1f |%n",
                        row.name(),
                        row.instances() / (double) SESSIONS,
                        row.bytes() / 1024.0 / SESSIONS)));
        return report.toString();
    }

    /** Class name to {instances, bytes}. */
    private static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : JvmHeap.jcmd(pid, "GC.class_histogram").split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    private record ClassGrowth(String name, long instances, long bytes) {}

    private static List<ClassGrowth> histogramDiff(Map<String, long[]> before, Map<String, long[]> after) {
        List<ClassGrowth> rows = new ArrayList<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[2]);
            rows.add(new ClassGrowth(name, a[0] - b[0], a[1] - b[1]));
        });
        rows.sort(Collections.reverseOrder(java.util.Comparator.comparingLong(ClassGrowth::bytes)));
        return rows;
    }
}
