package org.psoportal.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;

import io.gatling.javaapi.core.ClosedInjectionStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steps of a capacity run and what each one measured: the concurrent users of each level, held for a while
 * after a ramp; the response time of every request answered during the hold; the virtual users that failed then;
 * and the CPU the portal, its database and the load client used during the hold (from the operating system's
 * accounting, {@link CpuUse}). Gatling's own report pools all levels, so the run records its levels itself.
 *
 * <p>A level holds when its 95th percentile is at most {@link #P95_LIMIT_MS} and no virtual user failed. The run
 * stops after the first level that does not ({@link #kneePassed()}): the one before it is the capacity.
 */
final class CapacityLevels {

    static final long P95_LIMIT_MS = 300;

    /**
     * One level: its users and the instants its hold (after the ramp to it) starts and ends. The first level of a run
     * is its warm-up: measured and shown, but not judged (the JIT compiles the paths the first real traffic takes).
     */
    record Level(int users, Instant holdStart, Instant holdEnd, boolean warmUp) {}

    /** What a level measured. */
    record Result(Level level, int requests, long p50, long p95, long p99, int failedUsers, CpuUse cpu) {

        boolean holds() {
            return requests > 0 && p95 <= P95_LIMIT_MS && failedUsers == 0;
        }

        double requestsPerSecond() {
            return requests
                    / Math.max(
                            1e-9,
                            Duration.between(level.holdStart, level.holdEnd).toMillis() / 1000.0);
        }
    }

    private record Sample(long atMillis, long responseMillis) {}

    /** How long the portal's CPU is read with nobody signed in, before the first level. */
    private static final Duration IDLE = Duration.ofSeconds(20);

    private final List<Integer> users;
    private final Duration ramp;
    private final Duration hold;
    private volatile List<Level> levels = List.of();
    private CpuUse idle;
    private Thread watcher;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> failures = new ConcurrentLinkedQueue<>();
    private final List<Result> results = new ArrayList<>();
    private final AtomicInteger levelsFinished = new AtomicInteger();
    private volatile boolean kneePassed;

    /** The levels {@code users}, in order, each reached by a ramp of {@code ramp} from the one before, held {@code hold}. */
    CapacityLevels(List<Integer> users, Duration ramp, Duration hold) {
        this.users = List.copyOf(users);
        this.ramp = ramp;
        this.hold = hold;
    }

    /**
     * Reads what the portal uses with nobody there (its scheduled jobs, the collector) for a while, then fixes the
     * levels' times from now on and closes each level at the end of its hold with the CPU used during it. Call it
     * from the simulation's {@code before()}, just before the virtual users start.
     */
    void start(long portalPid) {
        try {
            CpuUse.Reading before = CpuUse.Reading.of(portalPid);
            Thread.sleep(IDLE.toMillis());
            idle = CpuUse.Reading.of(portalPid).since(before);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Level> list = new ArrayList<>();
        Instant t = Instant.now();
        for (int u : users) {
            Instant holdStart = t.plus(ramp);
            Instant holdEnd = holdStart.plus(hold);
            list.add(new Level(u, holdStart, holdEnd, list.isEmpty()));
            t = holdEnd;
        }
        levels = List.copyOf(list);
        watcher = Thread.ofPlatform().daemon().name("capacity-levels").start(() -> watch(portalPid));
    }

    private void watch(long portalPid) {
        try {
            for (Level level : levels) {
                sleepUntil(level.holdStart());
                CpuUse.Reading start = CpuUse.Reading.of(portalPid);
                sleepUntil(level.holdEnd());
                Result r = finish(level, CpuUse.Reading.of(portalPid).since(start));
                System.out.printf(
                        Locale.ROOT,
                        "[capacity] %d users: p95 %d ms, %d requests, %d failed users, portal %.1f s + database"
                                + " %.1f s CPU in %.0f s%n",
                        level.users(),
                        r.p95(),
                        r.requests(),
                        r.failedUsers(),
                        r.cpu().portalSeconds(),
                        r.cpu().databaseSeconds(),
                        r.cpu().wallSeconds());
                if (kneePassed) {
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long ms = Duration.between(Instant.now(), at).toMillis();
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    /** Stops closing levels (the run ended). */
    void stop() {
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /** The CPU used with nobody signed in, before the first level (null before {@link #start}). */
    CpuUse idle() {
        return idle;
    }

    /** A population's closed-model steps: its share of each level, ramped to from the level before and held. */
    ClosedInjectionStep[] steps(java.util.function.IntUnaryOperator shareOfLevel) {
        List<ClosedInjectionStep> steps = new ArrayList<>();
        int before = 0;
        for (int level : users) {
            int now = shareOfLevel.applyAsInt(level);
            steps.add(rampConcurrentUsers(before).to(now).during(ramp));
            steps.add(constantConcurrentUsers(now).during(hold));
            before = now;
        }
        return steps.toArray(ClosedInjectionStep[]::new);
    }

    /** From the virtual users' start to the end of the last level's hold, and a little more for the last level's CPU. */
    java.time.Duration totalDuration() {
        return IDLE.plus(ramp.plus(hold).multipliedBy(users.size())).plusSeconds(10);
    }

    /** The highest level's users. */
    int maxUsers() {
        return users.getLast();
    }

    Duration ramp() {
        return ramp;
    }

    Duration hold() {
        return hold;
    }

    /** How many CPUs the portal may use: those it is pinned to ({@link PortalJar#PIN_PROPERTY}), else all. */
    static int portalCores() {
        String pinned = System.getProperty(PortalJar.PIN_PROPERTY, "");
        return pinned.isBlank() ? Runtime.getRuntime().availableProcessors() : pinned.split(",").length;
    }

    /** Pins this JVM (every thread: the load client) to the CPUs of {@code load.client.cpus}; nothing when unset. */
    static void pinLoadClient() throws java.io.IOException, InterruptedException {
        String cpus = System.getProperty("load.client.cpus", "");
        if (cpus.isBlank()) {
            return;
        }
        Process taskset = new ProcessBuilder(
                        "taskset",
                        "-a",
                        "-p",
                        "-c",
                        cpus,
                        String.valueOf(ProcessHandle.current().pid()))
                .redirectErrorStream(true)
                .start();
        String out = new String(taskset.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset failed: " + out);
        }
    }

    List<Level> levels() {
        return levels;
    }

    /** A request answered now after {@code responseMillis}; always true (used inside a Gatling check). */
    boolean sample(long responseMillis) {
        samples.add(new Sample(System.currentTimeMillis(), responseMillis));
        return true;
    }

    /** A virtual user failed a step now. */
    void failure() {
        failures.add(System.currentTimeMillis());
    }

    /** True once a level did not hold: the virtual users stop the run. */
    boolean kneePassed() {
        return kneePassed;
    }

    /**
     * Called when the hold of {@code level} ends, with the CPU used during it: computes the level's figures, and
     * marks the knee as passed when it did not hold.
     */
    synchronized Result finish(Level level, CpuUse cpu) {
        long from = level.holdStart.toEpochMilli();
        long to = level.holdEnd.toEpochMilli();
        long[] times = samples.stream()
                .filter(s -> s.atMillis >= from && s.atMillis < to)
                .mapToLong(Sample::responseMillis)
                .sorted()
                .toArray();
        int failed = (int) failures.stream().filter(at -> at >= from && at < to).count();
        Result result = new Result(
                level, times.length, percentile(times, 50), percentile(times, 95), percentile(times, 99), failed, cpu);
        results.add(result);
        levelsFinished.incrementAndGet();
        if (!level.warmUp() && !result.holds() && !Boolean.getBoolean("load.levels.all")) {
            // -Dload.levels.all=true runs every level anyway: the curve past the knee
            kneePassed = true;
        }
        return result;
    }

    synchronized List<Result> results() {
        return List.copyOf(results);
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The highest level that held with every level below it holding too; 0 when the first did not. */
    synchronized int capacity() {
        int capacity = 0;
        for (Result r : results) {
            if (r.level.warmUp()) {
                continue;
            }
            if (!r.holds()) {
                break;
            }
            capacity = r.level.users;
        }
        return capacity;
    }

    /** The levels as a Markdown table, with the capacity and the CPU the portal's core was busy at each level. */
    synchronized String table(int portalCores) {
        StringBuilder out = new StringBuilder();
        out.append("| users | requests/s | p50 ms | p95 ms | p99 ms | failed users | portal CPU | database CPU"
                + " | portal core busy | load client CPU | holds |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            double wall = r.cpu.wallSeconds();
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %.1f | %d | %d | %d | %d | %.1f s | %.1f s | %.0f %% | %.1f s | %s |%n",
                    r.level.users,
                    r.requestsPerSecond(),
                    r.p50,
                    r.p95,
                    r.p99,
                    r.failedUsers,
                    r.cpu.portalSeconds(),
                    r.cpu.databaseSeconds(),
                    100 * (r.cpu.portalSeconds() + r.cpu.databaseSeconds()) / Math.max(1e-9, wall * portalCores),
                    r.cpu.clientSeconds(),
                    r.level.warmUp() ? "warm-up" : r.holds() ? "yes" : "no"));
        }
        return out.toString();
    }

    void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** "100,200,300" to [100, 200, 300]. */
    static List<Integer> parse(String levels) {
        return Arrays.stream(levels.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
