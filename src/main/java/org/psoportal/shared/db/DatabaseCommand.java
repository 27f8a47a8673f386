package org.psoportal.shared.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar pso-portal.jar --backup=FILE} and {@code --restore=FILE}: a logical backup (mariadb-dump) of the
 * portal's database and its restore into an empty database, for operators without a DBA, embedded database
 * included. The portal's main method hands such a command line here before the web application exists, so the
 * command never starts it, and a normal start is unchanged.
 *
 * <p>The database is the one the portal would use, read from the same settings (PSO_DB_URL, PSO_DB_USER,
 * PSO_DB_PASSWORD, or the embedded one in PSO_DATA_DIR; environment, system properties, {@code --name=value} and
 * application.properties files alike). A file ending in {@code .gz} is gzip-compressed. A backup is written to a
 * temporary file beside FILE and renamed to FILE only when mariadb-dump finished and wrote its closing line, so FILE
 * is always a whole backup. Exit code 0 on success, 1 on failure, 2 for a wrong command line, with a message on
 * standard error.
 */
public final class DatabaseCommand {

    private static final String BACKUP = "--backup=";
    private static final String RESTORE = "--restore=";
    private static final int BUFFER = 64 * 1024;

    private DatabaseCommand() {}

    /** Whether the command line asks for a backup or restore instead of the portal. */
    public static boolean requested(String[] args) {
        // "--backup" alone or "--backup FILE" is a mistyped command, answered with the usage line, not a portal start
        return Arrays.stream(args)
                .anyMatch(a -> a.startsWith(BACKUP.substring(0, BACKUP.length() - 1))
                        || a.startsWith(RESTORE.substring(0, RESTORE.length() - 1)));
    }

    public static int run(String[] args) {
        String backup = value(args, BACKUP);
        String restore = value(args, RESTORE);
        if ((backup == null) == (restore == null) || (backup != null ? backup : restore).isBlank()) {
            System.err.println("Give either --backup=FILE or --restore=FILE (FILE.gz to compress), not both.");
            return 2;
        }
        try (ConfigurableApplicationContext settings = settings(args)) {
            Environment env = settings.getEnvironment();
            if (backup != null) {
                backup(env, Path.of(backup).toAbsolutePath());
            } else {
                restore(env, Path.of(restore).toAbsolutePath());
            }
            return 0;
        } catch (Exception e) {
            System.err.println((backup != null ? "Backup" : "Restore") + " failed: " + message(e));
            return 1;
        }
    }

    private static void backup(Environment env, Path file) throws Exception {
        Path dir = file.getParent();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The directory " + dir + " does not exist");
        }
        long began = System.nanoTime();
        Path partial = Files.createTempFile(dir, "." + file.getFileName() + ".", ".partial"); // owner-only
        try (Database db = Database.of(env, true);
                MariaDbClients clients = MariaDbClients.unpack()) {
            Tail tail;
            try (OutputStream out = compressedIf(file, Files.newOutputStream(partial))) {
                tail = new Tail(out);
                clients.dump(db.address(), tail);
            }
            if (!tail.text().contains(MariaDbClients.DUMP_COMPLETED)) {
                throw new IOException("mariadb-dump ended without its closing line: the dump is incomplete");
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(
                    Locale.ROOT,
                    "Backup of %s (%s) written to %s: %,d bytes in %.1f s%n",
                    db.address(),
                    db.description(),
                    file,
                    Files.size(file),
                    (System.nanoTime() - began) / 1e9);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void restore(Environment env, Path file) throws Exception {
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("Cannot read " + file);
        }
        // A cut-short file (a full disk while it was written elsewhere, a failed copy) is refused before it
        // touches the database.
        Tail tail = new Tail(OutputStream.nullOutputStream());
        try (InputStream in = open(file)) {
            in.transferTo(tail);
        }
        if (!tail.text().contains(MariaDbClients.DUMP_COMPLETED)) {
            throw new IllegalStateException(
                    file + " is not a complete mariadb-dump file (its closing \"-- Dump completed\" line is missing)");
        }
        long began = System.nanoTime();
        try (Database db = Database.of(env, false);
                MariaDbClients clients = MariaDbClients.unpack()) {
            int tables = tableCount(db.address());
            if (tables > 0) {
                throw new IllegalStateException("The database " + db.address() + " already holds " + tables
                        + " tables: restore into an empty database (a new database, or for the embedded database a"
                        + " new PSO_DATA_DIR)");
            }
            try (InputStream in = open(file)) {
                clients.load(db.address(), in);
            }
            System.out.printf(
                    Locale.ROOT,
                    "Restored %s into %s (%s) in %.1f s; %d tables%n",
                    file,
                    db.address(),
                    db.description(),
                    (System.nanoTime() - began) / 1e9,
                    tableCount(db.address()));
        }
    }

    private static int tableCount(DatabaseAddress db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement s =
                        c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
            s.setString(1, db.database());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** The portal's database as its settings name it: external, or the embedded one of PSO_DATA_DIR. */
    private record Database(DatabaseAddress address, String description, EmbeddedDatabaseAccess embedded)
            implements AutoCloseable {

        static Database of(Environment env, boolean mustHoldData) throws IOException {
            String url = env.getProperty("spring.datasource.url", "");
            if (!url.isBlank()) {
                return new Database(
                        DatabaseAddress.fromJdbcUrl(
                                url,
                                env.getProperty("spring.datasource.username", ""),
                                env.getProperty("spring.datasource.password", "")),
                        "external database",
                        null);
            }
            Path dir = Path.of(env.getProperty("pso.db.data-dir", "./data"));
            EmbeddedDatabaseAccess embedded = EmbeddedDatabaseAccess.open(dir, mustHoldData);
            String description = "embedded database in " + dir.toAbsolutePath().normalize()
                    + (embedded.portalRunning() ? ", served by the running portal" : ", started for this command");
            return new Database(embedded.address(), description, embedded);
        }

        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /**
     * The portal's settings without the portal: Spring Boot reads the environment, system properties, command line
     * and application.properties exactly as for the portal, but starts no web server and creates no beans.
     */
    private static ConfigurableApplicationContext settings(String[] args) {
        return new SpringApplicationBuilder(NoBeans.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args);
    }

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {}

    private static OutputStream compressedIf(Path file, OutputStream out) throws IOException {
        return gzipped(file) ? new GZIPOutputStream(out, BUFFER) : out;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        return gzipped(file) ? new GZIPInputStream(in, BUFFER) : in;
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static String value(String[] args, String prefix) {
        return Arrays.stream(args)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private static String message(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" (").append(cause.getMessage()).append(')');
        }
        return text.toString();
    }

    /** Passes bytes on and keeps the last few hundred, to check the dump's closing line. */
    private static final class Tail extends OutputStream {
        private final OutputStream out;
        private final byte[] last = new byte[512];
        private long written;

        Tail(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            last[(int) (written++ % last.length)] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            long base = written; // absolute position of b[off]
            for (int i = Math.max(0, len - last.length); i < len; i++) {
                last[(int) ((base + i) % last.length)] = b[off + i];
            }
            written = base + len;
        }

        String text() {
            int n = (int) Math.min(written, last.length);
            byte[] ordered = new byte[n];
            for (int i = 0; i < n; i++) {
                ordered[i] = last[(int) ((written - n + i) % last.length)];
            }
            return new String(ordered, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }
}
