package org.psoportal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 6's table: reads the Gatling reports of the 1-user and the 200-user run of {@code ./mvnw -Pload verify}
 * (target/gatling-one, target/gatling-full, the newest run in each) and writes target/bench/load-report.md with
 * requests, errors, requests per second, p50/p95/p99 and the p95 ratio. Gatling 3.15 writes no stats.json any more,
 * so the figures come from the statistics table of the report's index.html (columns: total, OK, KO, KO %, rps,
 * min, 50th, 75th, 95th, 99th pct, max, mean, std dev).
 */
class LoadReport {

    private static final Pattern ROW =
            Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

    /** One line of Gatling's statistics table. */
    record Stats(String name, long total, long ko, double rps, double p50, double p95, double p99, double max) {}

    @Test
    void writeTable() throws IOException {
        Path target = Path.of(System.getProperty("load.target", "target"));
        Optional<List<Stats>> one = newestRun(target.resolve("gatling-one")).map(LoadReport::read);
        Optional<List<Stats>> full = newestRun(target.resolve("gatling-full")).map(LoadReport::read);
        assertThat(full).as("the 200-user run's report").isPresent();
        Stats all = full.get().getFirst();
        Stats single = one.map(List::getFirst).orElse(null);

        StringBuilder md = new StringBuilder("# Load (benchmark 6)\n\n");
        md.append("Gatling, closed model, think times 2-5 s, packaged jar (-Xmx2g) on the large organisation; "
                + "all requests of the scenario (sign in, board, move, expert week, booking, dashboard).\n\n");
        md.append(
                "| run | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        if (single != null) {
            md.append(row("1 user", single));
        }
        md.append(row(System.getProperty("load.users", "200") + " users", all));
        md.append("\n| target | value | holds |\n|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| errors = 0 | %d | %s |%n", all.ko(), all.ko() == 0 ? "yes" : "no"));
        md.append(String.format(
                Locale.ROOT, "| p95 <= 300 ms | %.0f ms | %s |%n", all.p95(), all.p95() <= 300 ? "yes" : "no"));
        if (single != null && single.p95() > 0) {
            double ratio = all.p95() / single.p95();
            md.append(String.format(
                    Locale.ROOT, "| p95 at 200 / p95 at 1 <= 2 | %.2f | %s |%n", ratio, ratio <= 2 ? "yes" : "no"));
        }
        cpuSection(md, target, one.orElse(null), full.get());
        md.append("\nPer request at full load (slowest p95 first):\n\n");
        md.append("| request | count | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
        full.get().stream()
                .skip(1)
                .sorted(Comparator.comparingDouble(Stats::p95).reversed())
                .forEach(s -> md.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.0f | %.0f | %.0f |%n",
                        s.name(),
                        s.total(),
                        s.p50(),
                        s.p95(),
                        s.p99())));
        Path out = target.resolve("bench/load-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
        System.out.println(md);
        assertThat(all.ko())
                .as("failed requests under load (see the Gatling report)")
                .isZero();
    }

    /**
     * What the runs cost in CPU, and whether the machine can carry the full run at all: with the 1-user run's time per
     * round, N users ask for N / round-time rounds per second; at the CPU one round costs, that is the cores they
     * need, against the cores the machine has (the portal, its database and the load client share them).
     */
    private static void cpuSection(StringBuilder md, Path target, List<Stats> one, List<Stats> full)
            throws IOException {
        Optional<CpuUse> cpuOne = CpuUse.read(CpuUse.fileOf(target, "one"));
        Optional<CpuUse> cpuFull = CpuUse.read(CpuUse.fileOf(target, "full"));
        if (cpuFull.isEmpty()) {
            return;
        }
        md.append("\nCPU used during each run (operating system accounting, including garbage collection and the JIT), "
                + "per request and per user round (sign in, board, move, week, booking, dashboard):\n\n");
        md.append("| run | portal JVM s | database s | load client s | busy cores of "
                + cpuFull.get().cores()
                + " | per request: portal / database / client ms | per round: all three s |\n"
                + "|---|---|---|---|---|---|---|\n");
        if (one != null && cpuOne.isPresent()) {
            md.append(cpuRow("1 user", cpuOne.get(), one));
        }
        md.append(cpuRow(System.getProperty("load.users", "200") + " users", cpuFull.get(), full));
        if (one == null || cpuOne.isEmpty()) {
            return;
        }
        int users = Integer.getInteger("load.users", 200);
        double roundSeconds = cpuOne.get().wallSeconds() / rounds(one);
        double roundsPerSecond = users / roundSeconds;
        double cpuPerRound = Math.min(
                cpuOne.get().totalSeconds() / rounds(one), cpuFull.get().totalSeconds() / rounds(full));
        double hashSeconds = passwordCheckSeconds();
        md.append(String.format(
                Locale.ROOT,
                "%nCapacity: one user's round takes %.1f s (think times included), so %d "
                        + "users ask for %.1f rounds/s. At the cheaper of the two runs' CPU per round (%.2f s) that needs "
                        + "**%.1f cores**; the machine has %d, and a p95 of 300 ms needs some of them idle. The password check "
                        + "alone (BCrypt strength %d, %.0f ms of CPU, measured here) needs %.2f cores at one sign-in per "
                        + "round.%n",
                roundSeconds,
                users,
                roundsPerSecond,
                cpuPerRound,
                roundsPerSecond * cpuPerRound,
                cpuFull.get().cores(),
                org.psoportal.security.internal.SecurityConfig.PASSWORD_HASH_STRENGTH,
                hashSeconds * 1000,
                roundsPerSecond * hashSeconds));
    }

    private static String cpuRow(String label, CpuUse cpu, List<Stats> run) {
        long requests = run.getFirst().total();
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.2f | %.1f / %.1f / %.1f | %.2f |%n",
                label,
                cpu.portalSeconds(),
                cpu.databaseSeconds(),
                cpu.clientSeconds(),
                cpu.totalSeconds() / cpu.wallSeconds(),
                cpu.portalSeconds() * 1000 / requests,
                cpu.databaseSeconds() * 1000 / requests,
                cpu.clientSeconds() * 1000 / requests,
                cpu.totalSeconds() / rounds(run));
    }

    /** Rounds started: every virtual user signs in once per round. */
    private static double rounds(List<Stats> run) {
        return Math.max(
                1,
                run.stream()
                        .filter(s -> s.name().equals("sign in: post"))
                        .mapToLong(Stats::total)
                        .findFirst()
                        .orElse(1));
    }

    /** CPU seconds of one sign-in's password check, as the portal configures it (median of 9 after warming up). */
    static double passwordCheckSeconds() {
        var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(
                org.psoportal.security.internal.SecurityConfig.PASSWORD_HASH_STRENGTH);
        String hash = encoder.encode("demo1234");
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        encoder.matches("demo1234", hash);
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long before = bean.getCurrentThreadCpuTime();
            encoder.matches("demo1234", hash);
            times[i] = (bean.getCurrentThreadCpuTime() - before) / 1e9;
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }

    private static String row(String label, Stats s) {
        return String.format(
                Locale.ROOT,
                "| %s | %,d | %d | %.1f | %.0f | %.0f | %.0f | %.0f |%n",
                label,
                s.total(),
                s.ko(),
                s.rps(),
                s.p50(),
                s.p95(),
                s.p99(),
                s.max());
    }

    private static Optional<Path> newestRun(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(p -> Files.exists(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        }
    }

    static List<Stats> read(Path run) {
        try {
            String html = Files.readString(run.resolve("index.html"));
            List<Stats> rows = new ArrayList<>();
            Matcher m = ROW.matcher(html);
            while (m.find()) {
                double[] col = new double[15];
                Matcher c = CELL.matcher(m.group(2));
                while (c.find()) {
                    String v = c.group(2).replace(",", "").trim();
                    if (!v.isEmpty() && !v.equals("-")) {
                        col[Integer.parseInt(c.group(1))] = Double.parseDouble(v);
                    }
                }
                rows.add(new Stats(
                        m.group(1).trim(), (long) col[2], (long) col[4], col[6], col[8], col[10], col[11], col[12]));
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
