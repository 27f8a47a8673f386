package org.psoportal.shared.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded database of a data directory ({@code PSO_DATA_DIR}) for a backup or restore run from the command
 * line. While a portal runs, its {@code mariadbd} holds the data: the command connects to that server (its port is
 * read from its command line, the password from {@code db-password}). When none runs, the command starts the server
 * itself, exactly as the portal would, and stops it again when done; a portal started meanwhile is refused, as a
 * second portal on one data directory always is.
 */
final class EmbeddedDatabaseAccess implements AutoCloseable {

    private final DatabaseAddress address;
    /** The server this command started, stopped by {@link #close()}; null when a portal's server was used. */
    private final EmbeddedMariaDb startedHere;

    private EmbeddedDatabaseAccess(DatabaseAddress address, EmbeddedMariaDb startedHere) {
        this.address = address;
        this.startedHere = startedHere;
    }

    /**
     * @param mustHoldData true for a backup: a directory without the portal's database is an error (most likely a
     *     wrong PSO_DATA_DIR), not an empty backup
     */
    static EmbeddedDatabaseAccess open(Path directory, boolean mustHoldData) throws IOException {
        Path dir = directory.toAbsolutePath().normalize();
        Path dataDir = dir.resolve("db");
        if (mustHoldData && !Files.isDirectory(dataDir.resolve(EmbeddedMariaDb.DATABASE))) {
            throw new IllegalStateException("There is no embedded database in " + dir
                    + " (PSO_DATA_DIR): set PSO_DATA_DIR to the portal's data directory, or PSO_DB_URL for an"
                    + " external database");
        }
        List<ProcessHandle> running = ServerProcesses.runningOn(dataDir);
        if (!running.isEmpty()) {
            ProcessHandle server = running.getFirst();
            int port = ServerProcesses.portOf(server)
                    .orElseThrow(() -> new IllegalStateException("The MariaDB server (pid " + server.pid()
                            + ") running on " + dir + " has no --port on its command line"));
            return new EmbeddedDatabaseAccess(DatabaseAddress.embedded(port, password(dir)), null);
        }
        EmbeddedMariaDb started = EmbeddedMariaDb.start(dir);
        return new EmbeddedDatabaseAccess(DatabaseAddress.embedded(started.port(), started.password()), started);
    }

    private static String password(Path dir) throws IOException {
        Path file = dir.resolve("db-password");
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("Cannot read " + file + ": run the command as the user the portal runs as");
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    DatabaseAddress address() {
        return address;
    }

    /** Whether the command uses the server of a running portal (rather than one it started itself). */
    boolean portalRunning() {
        return startedHere == null;
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.stop();
        }
    }
}
