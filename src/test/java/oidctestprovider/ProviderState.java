package oidctestprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the test provider knows, kept in two files of a directory shared by the test (which writes) and the provider
 * process (which reads them at every sign-in): the people ({@code accounts.properties}: user name = e-mail | name |
 * groups) and the portals allowed to use it ({@code portals.txt}, one base URL a line).
 */
public final class ProviderState {

    /** A person the provider knows: e-mail (null: the token carries none), name and groups. */
    public record Account(String email, String name, List<String> groups) {}

    private final Path directory;

    public ProviderState(Path directory) {
        this.directory = directory;
    }

    public synchronized void put(String username, Account account) {
        Properties accounts = read(directory.resolve("accounts.properties"));
        accounts.setProperty(
                username,
                (account.email() == null ? "" : account.email()) + "|" + account.name() + "|"
                        + String.join(",", account.groups()));
        write("accounts.properties", accounts);
    }

    public Account account(String username) {
        String line = read(directory.resolve("accounts.properties")).getProperty(username);
        if (line == null) {
            return null;
        }
        String[] parts = line.split("\\|", -1);
        List<String> groups = parts[2].isEmpty() ? List.of() : Arrays.asList(parts[2].split(","));
        return new Account(parts[0].isEmpty() ? null : parts[0], parts[1], groups);
    }

    public synchronized void allowPortal(String baseUrl) {
        Set<String> portals = portals();
        portals.add(baseUrl);
        try {
            Path tmp = Files.createTempFile(directory, "portals", ".tmp");
            Files.write(tmp, portals, StandardCharsets.UTF_8);
            Files.move(tmp, directory.resolve("portals.txt"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> portals() {
        Path file = directory.resolve("portals.txt");
        try {
            return Files.exists(file)
                    ? new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new TreeSet<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private void write(String name, Properties properties) {
        try {
            Path tmp = Files.createTempFile(directory, name, ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                properties.store(out, null);
            }
            Files.move(tmp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
