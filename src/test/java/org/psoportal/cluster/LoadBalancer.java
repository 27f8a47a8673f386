package org.psoportal.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.psoportal.load.PortalJar;

/**
 * Debian's HAProxy with the configuration the portal ships (deploy/haproxy/haproxy.cfg), its addresses filled in
 * from the environment as in production.
 */
final class LoadBalancer implements AutoCloseable {

    static final Path CONFIG = Path.of("deploy/haproxy/haproxy.cfg");

    final int port;
    private final Process process;
    private final Path log;

    private LoadBalancer(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static LoadBalancer start(PortalJar a, PortalJar b) throws IOException, InterruptedException {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile(Path.of("target"), "cluster-haproxy-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        System.getProperty("haproxy.binary", "/usr/sbin/haproxy"),
                        "-db", // stay in the foreground
                        "-f",
                        CONFIG.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PSO_LB_BIND", "127.0.0.1:" + port);
        builder.environment().put("PSO_INSTANCE_A", "127.0.0.1:" + a.port());
        builder.environment().put("PSO_INSTANCE_B", "127.0.0.1:" + b.port());
        builder.environment().put("PSO_INSTANCE_A_MANAGEMENT_PORT", String.valueOf(a.managementPort()));
        builder.environment().put("PSO_INSTANCE_B_MANAGEMENT_PORT", String.valueOf(b.managementPort()));
        LoadBalancer balancer = new LoadBalancer(port, builder.start(), log);
        Thread.sleep(300);
        if (!balancer.process.isAlive()) {
            throw new IllegalStateException("haproxy did not start:\n" + balancer.logText());
        }
        return balancer;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    String logText() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
