package org.psoportal.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.psoportal.largedata.internal.LargeDataSize;
import org.psoportal.testsupport.FreePorts;

/**
 * The packaged jar as a separate process for the load test and the memory benchmark: on a free port, with its own
 * embedded MariaDB under target/, demo data small or large. The small demo gets a throw-away data directory, deleted
 * by {@link #close()}. The large organisation is generated once into target/load-large-db and kept for the next run
 * of the load profile (generating it takes minutes on a busy machine); {@code mvn clean} or deleting that directory
 * generates it afresh.
 */
public final class PortalJar implements AutoCloseable {

    private final Process process;
    /** Deleted by {@link #close()}; null when the database is kept for the next run. */
    private final Path dataDir;

    private final Path log;
    private final int port;
    private final int managementPort;

    private PortalJar(Process process, Path dataDir, Path log, int port, int managementPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * System property: the CPUs (taskset's list, e.g. "0") the jars started by this JVM, and their databases, may run
     * on; unset, any. The realistic load test pins the portal to one core and its own client to the other.
     */
    static final String PIN_PROPERTY = "load.portal.cpus";

    /**
     * Starts {@code jar} with {@code demoData} ("true" for the small demo, "large" for the generated organisation)
     * and waits until it has started and loaded the demo data, which the app does after its "Started" line (at most
     * {@code timeout}).
     */
    public static PortalJar start(Path jar, String demoData, List<String> jvmOptions, Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw package first");
        }
        Path target = jar.toAbsolutePath().getParent();
        boolean large = "large".equals(demoData);
        Path dataDir = large ? target.resolve("load-large-db") : Files.createTempDirectory(target, "load-data-");
        Path complete = dataDir.resolve("generated");
        // The marker names the size it was generated for: an interrupted generation, or one of another size (the
        // generator changed), starts afresh.
        String generatedFor = LargeDataSize.LARGE.toString();
        if (large && !(Files.exists(complete) && Files.readString(complete).equals(generatedFor))) {
            deleteTree(dataDir);
        }
        Files.createDirectories(dataDir);
        Map<String, String> environment =
                Map.of("PSO_DATA_DIR", dataDir.resolve("db").toString(), "PSO_DEMO_DATA", demoData);
        // The app loads demo data after its "Started" line; ready is when that is done.
        List<String> ready = large
                ? List.of("Large organisation generated", "Database already holds data")
                : List.of("Demo data loaded");
        PortalJar portal = launch(jar, jvmOptions, environment, large ? null : dataDir, ready, timeout);
        if (large && !Files.exists(complete)) {
            Files.writeString(complete, generatedFor);
        }
        return portal;
    }

    /**
     * Starts {@code jar} with {@code environment} (on top of the caller's, without its PSO_DB_URL unless given here)
     * and waits until its log shows one of {@code readyLines}. Its data directory is the caller's to delete.
     */
    public static PortalJar start(Path jar, Map<String, String> environment, List<String> readyLines, Duration timeout)
            throws IOException, InterruptedException {
        return launch(jar, List.of(), environment, null, readyLines, timeout);
    }

    private static PortalJar launch(
            Path jar,
            List<String> jvmOptions,
            Map<String, String> environment,
            Path ownedDataDir,
            List<String> ready,
            Duration timeout)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw package first");
        }
        Path target = jar.toAbsolutePath().getParent();
        Path log = Files.createTempFile(target, "load-jar-", ".log");
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>();
        String cpus = System.getProperty(PIN_PROPERTY, "");
        if (!cpus.isBlank()) {
            // taskset execs the JVM (same pid); the embedded MariaDB it starts inherits the same CPUs
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The embedded database unless told otherwise, whatever the calling shell has set.
        builder.environment().remove("PSO_DB_URL");
        builder.environment().put("PORT", String.valueOf(port));
        // the management port too (default 8081), so several jars and other tests' servers never collide
        builder.environment().put("PSO_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().putAll(environment);
        Process process = builder.start();
        PortalJar portal = new PortalJar(process, ownedDataDir, log, port, managementPort);
        Instant deadline = Instant.now().plus(timeout);
        while (ready.stream().noneMatch(portal.logText()::contains)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                String text = portal.logText();
                portal.close();
                throw new IllegalStateException("The jar did not start; its log ends with:\n"
                        + text.substring(Math.max(0, text.length() - 4000)));
            }
            Thread.sleep(250);
        }
        return portal;
    }

    /** What a command run of the jar ({@code --backup=FILE}, ...) printed, and its exit code. */
    public record Command(int exitCode, String output) {}

    /** Runs {@code jar} with {@code args} as a command (not the portal) and waits for it to end. */
    public static Command run(Path jar, Map<String, String> environment, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(jar.toAbsolutePath().getParent(), "jar-command-", ".log");
        try {
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().remove("PSO_DB_URL");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("java -jar " + String.join(" ", args) + " did not end within " + timeout
                        + ":\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Command(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Ends it the way a dying server ends: SIGKILL, no shutdown, no goodbye to Redis or the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Actuator's port (health probes, info, metrics), on 127.0.0.1. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (dataDir != null) {
            deleteTree(dataDir);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover under target/ does no harm; mvn clean removes it
        }
    }

    private static int freePort() throws IOException {
        return FreePorts.belowEphemeralRange();
    }
}
