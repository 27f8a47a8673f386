package org.psoportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Redis server of the test's own (Debian's {@code redis-server}, which .ci/run installs), on a free loopback
 * port, keeping nothing on disk. Tests that cross instances start one, so they never depend on (or disturb) a Redis
 * that happens to run on the machine.
 */
public final class RedisServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private RedisServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static RedisServer start() throws IOException, InterruptedException {
        int port;
        port = FreePorts.belowEphemeralRange();
        return start(port);
    }

    /** A new server on the port of this one, which must have been closed (Redis back after an outage). */
    public RedisServer restart() throws IOException, InterruptedException {
        return start(port);
    }

    private static RedisServer start(int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile("pso-redis-", ".log");
        String binary = System.getProperty("redis.binary", "/usr/bin/redis-server");
        Process process = new ProcessBuilder(List.of(
                        binary,
                        "--port",
                        String.valueOf(port),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        RedisServer server = new RedisServer(process, port, log);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!Files.readString(log).contains("Ready to accept connections")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException("redis-server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        return server;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }
}
