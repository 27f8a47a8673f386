package org.psoportal.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@code mariadbd} processes that run on a data directory, and stops one that a killed portal left behind.
 *
 * <p>A process counts only if its command line (Linux {@code /proc/<pid>/cmdline}) is that of a MariaDB server
 * ({@code mariadbd} or {@code mysqld}) with {@code --datadir} naming this very directory: a pid file that outlived its
 * server, or whose number now belongs to another program, is never acted upon. Candidates come from the pid files in
 * the data directory (the server's own, {@value #PID_FILE}, and {@code <host>.pid} of older starts) and from a scan of
 * {@code /proc}, so a server killed before it wrote its pid file is found too. Without {@code /proc} nothing is found.
 */
final class ServerProcesses {

    /** The pid file the embedded server is told to write into its data directory ({@code --pid-file}). */
    static final String PID_FILE = "mariadbd.pid";

    private static final Logger log = LoggerFactory.getLogger(ServerProcesses.class);
    private static final Path PROC = Path.of("/proc");

    private ServerProcesses() {}

    /** The live MariaDB servers (other than this JVM) whose data directory is {@code dataDir}. */
    static List<ProcessHandle> runningOn(Path dataDir) {
        Path wanted = dataDir.toAbsolutePath().normalize();
        Set<Long> candidates = new LinkedHashSet<>(pidFiles(wanted));
        if (Files.isDirectory(PROC)) {
            try (Stream<Path> entries = Files.list(PROC)) {
                entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.chars().allMatch(Character::isDigit))
                        .map(Long::parseLong)
                        .forEach(candidates::add);
            } catch (IOException | RuntimeException e) {
                log.debug("Cannot list {}: {}", PROC, e.toString());
            }
        }
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> found = new ArrayList<>();
        for (long pid : candidates) {
            if (pid != self && isServerOf(pid, wanted)) {
                ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Whether process {@code pid} is a MariaDB server whose {@code --datadir} is {@code dataDir}. */
    static boolean isServerOf(long pid, Path dataDir) {
        List<String> args = commandLine(pid);
        if (args.isEmpty()) {
            return false;
        }
        String program = Path.of(args.get(0)).getFileName() == null
                ? ""
                : Path.of(args.get(0)).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        Path wanted = dataDir.toAbsolutePath().normalize();
        for (String arg : args) {
            if (arg.startsWith("--datadir=")) {
                Path given = Path.of(arg.substring("--datadir=".length()));
                if (!given.isAbsolute()) {
                    Optional<Path> cwd = workingDirectory(pid);
                    if (cwd.isEmpty()) {
                        return false;
                    }
                    given = cwd.get().resolve(given);
                }
                return sameDirectory(given, wanted);
            }
        }
        return false;
    }

    /** The TCP port a server was started with ({@code --port=}), if its command line can be read. */
    static OptionalInt portOf(ProcessHandle server) {
        for (String arg : commandLine(server.pid())) {
            if (arg.startsWith("--port=")) {
                try {
                    return OptionalInt.of(Integer.parseInt(arg.substring("--port=".length())));
                } catch (NumberFormatException e) {
                    return OptionalInt.empty();
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Stops a server left running on {@code dataDir} by a portal that ended without stopping it: SIGTERM (MariaDB
     * shuts down cleanly), and SIGKILL if it is still there after {@code grace}. Returns how many were stopped.
     *
     * @throws IllegalStateException at once if a server on {@code dataDir} belongs to a portal that still runs (its
     *         parent process is a JVM): that is two portals on one data directory, not a leftover
     */
    static int stopLeftovers(Path dataDir, Duration grace) {
        int stopped = 0;
        for (ProcessHandle server : runningOn(dataDir)) {
            Optional<ProcessHandle> owner = server.parent().filter(ServerProcesses::isJvm);
            if (owner.isPresent()) {
                // Its portal still runs (the parent of an orphan is init or a subreaper, never a JVM): killing it
                // would make that portal's watchdog start it again, and the two would take turns.
                throw new IllegalStateException("The data directory " + dataDir + " is in use by the MariaDB"
                        + " server (pid " + server.pid() + ") of another running portal (pid "
                        + owner.get().pid()
                        + "): stop that portal, or give this one a data directory of its own (PSO_DATA_DIR)");
            }
            long started = System.nanoTime();
            log.warn(
                    "Found a leftover MariaDB server (pid {}) still running on the data directory {}: a portal that"
                            + " ended without stopping it (killed, e.g. kill -9) left it behind. Stopping it before starting"
                            + " the embedded database.",
                    server.pid(),
                    dataDir);
            server.destroy();
            if (!awaitExit(server, grace)) {
                log.warn(
                        "The leftover MariaDB server (pid {}) did not stop within {} s of SIGTERM: killing it",
                        server.pid(),
                        grace.toSeconds());
                server.destroyForcibly();
                if (!awaitExit(server, Duration.ofSeconds(30))) {
                    throw new IllegalStateException("The leftover MariaDB server (pid " + server.pid() + ") on "
                            + dataDir + " cannot be stopped; stop it by hand");
                }
            }
            log.info(
                    "Stopped the leftover MariaDB server (pid {}) of {} in {} ms",
                    server.pid(),
                    dataDir,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            stopped++;
        }
        return stopped;
    }

    private static boolean isJvm(ProcessHandle process) {
        return process.info()
                .command()
                .map(c -> Path.of(c).getFileName().toString())
                .filter(name -> name.equals("java"))
                .isPresent();
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Same path, or the same directory reached through a symbolic link. */
    private static boolean sameDirectory(Path a, Path b) {
        if (a.normalize().equals(b.normalize())) {
            return true;
        }
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Long> pidFiles(Path dataDir) {
        List<Long> pids = new ArrayList<>();
        if (!Files.isDirectory(dataDir)) {
            return pids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dataDir, "*.pid")) {
            for (Path file : files) {
                try {
                    pids.add(Long.parseLong(
                            Files.readString(file, StandardCharsets.US_ASCII).trim()));
                } catch (IOException | NumberFormatException e) {
                    log.debug("Ignoring the pid file {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            log.debug("Cannot list the pid files in {}: {}", dataDir, e.toString());
        }
        return pids;
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            List<String> args = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (start < raw.length) {
                args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
            }
            return args;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Optional<Path> workingDirectory(long pid) {
        try {
            return Optional.of(PROC.resolve(Long.toString(pid)).resolve("cwd").toRealPath());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
