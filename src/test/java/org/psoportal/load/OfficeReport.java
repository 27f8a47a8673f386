package org.psoportal.load;

import java.time.LocalDate;
import java.util.Locale;

/** The realistic load run's report (target/bench/office-report.md): the model, the levels and the capacity. */
final class OfficeReport {

    private OfficeReport() {}

    static String markdown(OfficeSimulation.Model model, CapacityLevels levels, int portalCores) {
        CpuUse idle = levels.idle();
        int capacity = levels.capacity();
        StringBuilder out = new StringBuilder();
        out.append("# Realistic load: users per core (org.psoportal.load.OfficeSimulation)\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%s, %d CPUs on the machine; the portal and its database on %s, the load client on %s. Large"
                        + " organisation; role mix 75 %% staff, 15 %% administrators, 7 %% experts, 3 %% heads, each"
                        + " virtual user a person of its own; think times %d-%d s; sessions %d-%d min. Each level"
                        + " is reached by a %d s ramp and held %d s; the figures are those of the hold.%n%n",
                LocalDate.now(),
                machineCpus(),
                describe(System.getProperty(PortalJar.PIN_PROPERTY, "")),
                describe(System.getProperty("load.client.cpus", "")),
                model.thinkMin().toSeconds(),
                model.thinkMax().toSeconds(),
                model.sessionMin().toMinutes(),
                model.sessionMax().toMinutes(),
                model.ramp().toSeconds(),
                model.hold().toSeconds()));
        if (idle != null) {
            out.append(String.format(
                    Locale.ROOT,
                    "With nobody signed in (%.0f s before the first level) the portal and its database used %.0f %% of"
                            + " their core%s (scheduled jobs, the collector).%n%n",
                    idle.wallSeconds(),
                    100
                            * (idle.portalSeconds() + idle.databaseSeconds())
                            / Math.max(1e-9, idle.wallSeconds() * portalCores),
                    portalCores == 1 ? "" : "s"));
        }
        out.append(levels.table(portalCores));
        out.append(String.format(
                Locale.ROOT,
                "%n**Realistic users at p95 <= %d ms with no failed user: %d on %d core%s, %d per core**"
                        + " (target: 250 per core).%n",
                CapacityLevels.P95_LIMIT_MS,
                capacity,
                portalCores,
                portalCores == 1 ? "" : "s",
                capacity / Math.max(1, portalCores)));
        if (capacity == levels.levels().getLast().users()
                && levels.results().size() == levels.levels().size()) {
            out.append("\nEvery level held: the capacity is at least the highest level; run higher levels to find"
                    + " the knee (-Dload.office.levels=...).\n");
        }
        return out.toString();
    }

    /** The machine's CPUs (this JVM may be pinned to fewer, which availableProcessors would report). */
    private static long machineCpus() {
        try (var lines = java.nio.file.Files.lines(java.nio.file.Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("processor")).count();
        } catch (java.io.IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static String describe(String cpus) {
        return cpus.isBlank() ? "any CPU" : "CPU " + cpus;
    }
}
