package org.psoportal.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged jar as a separate process for the load test and the memory benchmark: on a free port, with a
 * throw-away data directory (embedded MariaDB) under target/, demo data small or large. Stopped and cleaned up by
 * {@link #close()}.
 */
public final class PortalJar implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int port;

    private PortalJar(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
    }

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
        Path dataDir = Files.createTempDirectory(target, "load-data-");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Always the embedded database, whatever the calling shell has set.
        builder.environment().remove("PSO_DB_URL");
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PSO_DATA_DIR", dataDir.resolve("db").toString());
        builder.environment().put("PSO_DEMO_DATA", demoData);
        Process process = builder.start();
        PortalJar portal = new PortalJar(process, dataDir, log, port);
        Instant deadline = Instant.now().plus(timeout);
        String ready = "large".equals(demoData) ? "Large organisation generated" : "Demo data loaded";
        while (!portal.logText().contains(ready)) {
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

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
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
        deleteTree(dataDir);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover under target/ does no harm; mvn clean removes it
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
