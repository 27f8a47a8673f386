package org.psoportal.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * CPU time used during a load run by the three processes that share the machine: the portal's JVM, its database (the
 * embedded MariaDB, a child process of the jar) and the load client (the Gatling JVM, this process). Taken from the
 * operating system's accounting, so it includes garbage collection and the JIT. The load report divides it by the
 * requests served to show what one request and one user's round costs, and whether the machine can carry the load
 * at all (docs/performance.md).
 */
record CpuUse(double portalSeconds, double databaseSeconds, double clientSeconds, double wallSeconds, int cores) {

    /** What the processes had used up to now. */
    record Reading(Duration portal, Duration database, Duration client, Instant at) {

        static Reading of(long portalPid) {
            ProcessHandle portal = ProcessHandle.of(portalPid)
                    .orElseThrow(() -> new IllegalStateException("The portal process " + portalPid + " is gone"));
            Duration database = portal.descendants().map(CpuUse::cpu).reduce(Duration.ZERO, Duration::plus);
            return new Reading(cpu(portal), database, cpu(ProcessHandle.current()), Instant.now());
        }

        CpuUse since(Reading start) {
            return new CpuUse(
                    seconds(portal.minus(start.portal)),
                    seconds(database.minus(start.database)),
                    seconds(client.minus(start.client)),
                    seconds(Duration.between(start.at, at)),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** Where the run of {@code profile} (smoke, one, full) leaves its figures: under target/bench. */
    static Path fileOf(Path target, String profile) {
        return target.resolve("bench").resolve("cpu-" + profile + ".properties");
    }

    double totalSeconds() {
        return portalSeconds + databaseSeconds + clientSeconds;
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("portal", String.valueOf(portalSeconds));
        p.setProperty("database", String.valueOf(databaseSeconds));
        p.setProperty("client", String.valueOf(clientSeconds));
        p.setProperty("wall", String.valueOf(wallSeconds));
        p.setProperty("cores", String.valueOf(cores));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            p.store(out, "CPU seconds used during the load run (org.psoportal.load.CpuUse)");
        }
    }

    static Optional<CpuUse> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return Optional.of(new CpuUse(
                Double.parseDouble(p.getProperty("portal")),
                Double.parseDouble(p.getProperty("database")),
                Double.parseDouble(p.getProperty("client")),
                Double.parseDouble(p.getProperty("wall")),
                Integer.parseInt(p.getProperty("cores"))));
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
