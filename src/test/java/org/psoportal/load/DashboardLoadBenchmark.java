package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The head's dashboard page load against the cheapest page load (the home view), on the packaged jar: the portal
 * JVM's CPU time per load from the operating system (ProcessHandle, so garbage collection and the JIT count), in
 * alternating rounds of home and dashboard loads through Vaadin's protocol ({@link PortalClient}, one signed-in
 * client, each page left with the unload beacon), after a warm-up; then the live heap per kept-open dashboard
 * session (used heap after full GCs, as {@link SessionMemoryBenchmark}). The dashboard's figures are computed once
 * and shared, so after the first load this is the view's own cost (issue 17: charts as one element, tables on
 * demand). Prints the figures; run it alone (docs/performance.md, "Dashboard charts as one element"):
 * {@code ./mvnw failsafe:integration-test -Dit.test=DashboardLoadBenchmark -Dload.jar=...}.
 */
class DashboardLoadBenchmark {

    private static final String USER = "head@pso.example";
    private static final String PASSWORD = "demo1234";
    private static final String DEMO = System.getProperty("dashboard.demo", "true");
    private static final int WARM_UP = Integer.getInteger("dashboard.warmup", 60);
    private static final int ROUNDS = Integer.getInteger("dashboard.rounds", 7);
    private static final int PER_ROUND = Integer.getInteger("dashboard.perRound", 20);
    private static final int SESSIONS = Integer.getInteger("dashboard.sessions", 40);

    @Test
    void cpuAndHeapPerDashboardLoad() throws Exception {
        Path jar = Path.of(System.getProperty("load.jar", "target/pso-portal-1.0.0-SNAPSHOT.jar"));
        try (PortalJar portal = PortalJar.start(jar, DEMO, List.of("-Xmx1g"), Duration.ofMinutes(10))) {
            PortalClient client = new PortalClient(portal.baseUrl()).signIn(USER, PASSWORD);
            long dashboardChars = 0;
            for (int i = 0; i < WARM_UP; i++) {
                load(client, "home");
                dashboardChars = load(client, "dashboard");
            }
            List<Double> homeMs = new ArrayList<>();
            List<Double> dashboardMs = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                homeMs.add(cpuPerLoad(portal.pid(), client, "home"));
                dashboardMs.add(cpuPerLoad(portal.pid(), client, "dashboard"));
            }
            double home = median(homeMs);
            double dashboard = median(dashboardMs);

            long none = JvmHeap.usedAfterGc(portal.pid());
            openSessions(portal, SESSIONS, "home");
            long withHome = JvmHeap.usedAfterGc(portal.pid());
            openSessions(portal, SESSIONS, "dashboard");
            long withDashboards = JvmHeap.usedAfterGc(portal.pid());

            System.out.printf(
                    Locale.ROOT,
                    "%nDashboard page load (demo data %s, %d rounds of %d loads each, after %d warm-up loads)%n"
                            + "portal CPU per load, median of rounds: home %.2f ms, dashboard %.2f ms, ratio %.1f%n"
                            + "rounds home %s%nrounds dashboard %s%n"
                            + "UIDL characters of one dashboard load: %,d%n"
                            + "heap per session (%d sessions, after full GC): home %.0f KB, dashboard %.0f KB%n",
                    DEMO,
                    ROUNDS,
                    PER_ROUND,
                    WARM_UP,
                    home,
                    dashboard,
                    dashboard / home,
                    format(homeMs),
                    format(dashboardMs),
                    dashboardChars,
                    SESSIONS,
                    (withHome - none) / (double) SESSIONS,
                    (withDashboards - withHome) / (double) SESSIONS);
        }
    }

    /** One page load, left again; the UIDL characters it received. */
    private static long load(PortalClient client, String route) throws IOException, InterruptedException {
        VaadinUi ui = client.open(route, "");
        if (route.equals("dashboard")) {
            assertThat(ui.byId("overdue")).as("the dashboard was drawn").isPresent();
        }
        client.leave(ui);
        return ui.received();
    }

    private static double cpuPerLoad(long pid, PortalClient client, String route)
            throws IOException, InterruptedException {
        long before = cpuNanos(pid);
        for (int i = 0; i < PER_ROUND; i++) {
            load(client, route);
        }
        return (cpuNanos(pid) - before) / 1e6 / PER_ROUND;
    }

    private static long cpuNanos(long pid) {
        return ProcessHandle.of(pid)
                .orElseThrow()
                .info()
                .totalCpuDuration()
                .orElseThrow()
                .toNanos();
    }

    private static void openSessions(PortalJar portal, int count, String route) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<VaadinUi>> opened = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                opened.add(pool.submit(() -> new PortalClient(portal.baseUrl())
                        .signIn(USER, PASSWORD)
                        .open(route, "")));
            }
            for (Future<VaadinUi> ui : opened) {
                ui.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> values) {
        return values.stream()
                .map(v -> String.format(Locale.ROOT, "%.2f", v))
                .toList()
                .toString();
    }
}
