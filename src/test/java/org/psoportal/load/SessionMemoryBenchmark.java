package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 5: live heap per signed-in session, on the packaged jar with the large organisation. Opens N sessions
 * (sign-in and a page load through Vaadin's protocol, {@link PortalClient}) with the empty home view (the floor),
 * then N more with the board of one project (about 90-100 cards), and after each batch takes the used heap after
 * full GCs ({@code jcmd GC.run}, the smallest of several {@code GC.heap_info} readings). The difference divided by
 * N is the live heap per session. The class histogram difference of the board batch shows what holds the memory.
 * Writes target/bench/memory-report.md. Run by {@code ./mvnw -Pload verify} (docs/performance.md); benchmarks
 * print, the only assertions check that the sessions were really opened.
 */
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("memory.sessions", 200);
    /** Characters of UIDL responses per board page load (the warm-up's and the measured ones). */
    private static final java.util.Queue<Long> PAGE_CHARS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final String USER = "head@pso.example";
    private static final String PASSWORD = "demo1234";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void heapPerSession() throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
        try (PortalJar portal = PortalJar.start(jar, "large", List.of("-Xmx2g"), Duration.ofMinutes(8))) {
            // Warm-up: classes, caches and pools the first sessions initialise are not per-session memory.
            openSessions(portal, 5, "home", i -> "");
            openSessions(portal, 5, "board", SessionMemoryBenchmark::projectQuery);

            long none = usedHeapAfterGc(portal.pid());
            openSessions(portal, SESSIONS, "home", i -> "");
            long home = usedHeapAfterGc(portal.pid());
            Map<String, long[]> histogramBefore = histogram(portal.pid());
            List<Integer> cards = openSessions(portal, SESSIONS, "board", SessionMemoryBenchmark::projectQuery);
            long board = usedHeapAfterGc(portal.pid());
            Map<String, long[]> histogramAfter = histogram(portal.pid());

            double cardsPerBoard =
                    cards.stream().mapToInt(Integer::intValue).average().orElse(0);
            double homeKb = (home - none) / (double) SESSIONS;
            double boardKb = (board - home) / (double) SESSIONS;
            StringBuilder report = new StringBuilder();
            report.append("# Memory per session (benchmark 5)\n\n");
            report.append(String.format(
                    Locale.ROOT,
                    "Packaged jar, -Xmx2g, large organisation; %d sessions per "
                            + "batch, all signed in as %s; used heap after full GC (smallest of 3 readings).%n%n",
                    SESSIONS,
                    USER));
            report.append("| what | value | target | holds |\n|---|---|---|---|\n");
            report.append(String.format(Locale.ROOT, "| heap with no benchmark sessions | %,d KB | - |  |%n", none));
            report.append(String.format(
                    Locale.ROOT, "| heap with %d home-view sessions | %,d KB | - |  |%n", SESSIONS, home));
            report.append(String.format(
                    Locale.ROOT, "| heap with those and %d board sessions | %,d KB | - |  |%n", SESSIONS, board));
            report.append(String.format(Locale.ROOT, "| cards per board (mean) | %.1f | 100 |  |%n", cardsPerBoard));
            report.append(String.format(
                    Locale.ROOT,
                    "| UIDL responses of one board page load (init, render, grid rows; mean) | %.0f KB | - |  |%n",
                    PAGE_CHARS.stream().mapToLong(Long::longValue).average().orElse(0) / 1024));
            report.append(String.format(Locale.ROOT, "| per session, empty view (floor) | %.0f KB | - |  |%n", homeKb));
            report.append(String.format(
                    Locale.ROOT,
                    "| per session, board | %.0f KB | <= 300 KB | %s |%n",
                    boardKb,
                    boardKb <= 300 ? "yes" : "no"));
            report.append(String.format(
                    Locale.ROOT, "| per session, board minus floor | %.0f KB | - |  |%n", boardKb - homeKb));
            report.append(String.format(
                    Locale.ROOT,
                    "| per card (board minus floor / cards) | %.1f KB | - |  |%n",
                    (boardKb - homeKb) / Math.max(1, cardsPerBoard)));
            report.append("\nWhat a board session adds (class histogram difference per board session, top 20):\n\n");
            report.append("| class | instances | KB |\n|---|---|---|\n");
            histogramDiff(histogramBefore, histogramAfter).stream()
                    .limit(20)
                    .forEach(row -> report.append(String.format(
                            Locale.ROOT,
                            "| `%s` | %.1f | %.1f |%n",
                            row.name(),
                            row.instances() / (double) SESSIONS,
                            row.bytes() / 1024.0 / SESSIONS)));
            Path out = jar.toAbsolutePath().getParent().resolve("bench/memory-report.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);

            assertThat(cards).hasSize(SESSIONS).allMatch(c -> c > 0);
        }
    }

    /** Generated projects 1..200, every 20th closed: one open project per session. */
    private static String projectQuery(int i) {
        int project = 1 + i % 200;
        return "project=" + (project % 20 == 0 ? project - 1 : project);
    }

    /** Opens sessions (4 at a time); returns the number of cards each board shows (0 for other views). */
    private static List<Integer> openSessions(
            PortalJar portal, int count, String route, java.util.function.IntFunction<String> query) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    VaadinUi ui = new PortalClient(portal.baseUrl())
                            .signIn(USER, PASSWORD)
                            .open(route, query.apply(n));
                    if (route.equals("board")) {
                        PAGE_CHARS.add(ui.received());
                    }
                    int cards = 0;
                    for (String column : List.of("TODO", "IN_PROGRESS", "WAITING", "DONE")) {
                        cards += ui.gridRows("cards-" + column).size();
                    }
                    return cards;
                }));
            }
            List<Integer> cards = new ArrayList<>();
            for (Future<Integer> result : results) {
                cards.add(result.get());
            }
            return cards;
        } finally {
            pool.shutdown();
        }
    }

    private static long usedHeapAfterGc(long pid) throws IOException, InterruptedException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            Matcher m = USED.matcher(jcmd(pid, "GC.heap_info"));
            if (!m.find()) {
                throw new IllegalStateException("No used heap in GC.heap_info");
            }
            min = Math.min(min, Long.parseLong(m.group(1)));
        }
        return min;
    }

    /** Class name to {instances, bytes}. */
    private static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Map<String, long[]> classes = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : jcmd(pid, "GC.class_histogram").split("\n")) {
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

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(pid),
                        command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }
}
