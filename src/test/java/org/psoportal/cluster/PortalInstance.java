package org.psoportal.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One portal instance of the cluster test: the packaged jar as a process of its own, on free ports, against the
 * shared external database and Redis. {@link #kill()} ends it the way a dying server does (SIGKILL, no shutdown).
 */
final class PortalInstance implements AutoCloseable {

    final String name;
    final int port;
    final int managementPort;
    private final Process process;
    private final Path log;

    private PortalInstance(String name, int port, int managementPort, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the jar and waits until it has started and, when {@code demoData} is true, loaded the demo data (the
     * app does that after its "Started" line).
     */
    static PortalInstance start(String name, Path jar, Map<String, String> environment, boolean demoData)
            throws IOException, InterruptedException {
        int port = freePort();
        int managementPort = freePort();
        Path log = Files.createTempFile(jar.toAbsolutePath().getParent(), "cluster-" + name + "-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-Xmx512m",
                        "-jar",
                        jar.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PSO_MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("PSO_DEMO_DATA", String.valueOf(demoData));
        PortalInstance instance = new PortalInstance(name, port, managementPort, builder.start(), log);
        String ready = demoData ? "Demo data loaded" : "Started PortalApplication";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!instance.logText().contains(ready)) {
            if (!instance.process.isAlive() || Instant.now().isAfter(deadline)) {
                String text = instance.logText();
                instance.close();
                throw new IllegalStateException("Instance " + name + " did not start:\n" + text);
            }
            Thread.sleep(250);
        }
        return instance;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** As when its server dies: no shutdown hooks, no goodbye to Redis or the database. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
