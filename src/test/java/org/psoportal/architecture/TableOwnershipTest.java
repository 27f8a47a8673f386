package org.psoportal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module owns its tables: no module's SQL names another module's working table. Ownership comes from the
 * Liquibase changelog folders (one per feature, src/main/resources/db/changelog/&lt;module&gt;/); the SQL is every
 * string literal and text block in a module's main sources that has an SQL keyword (whole statements and the
 * pieces they are built from). People and projects are master data that anyone may
 * join for names and codes. The large-data generator (largedata) is a bulk tool that writes every table straight
 * through JDBC, so it is exempt.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/psoportal");
    private static final Path CHANGELOG = Path.of("src/main/resources/db/changelog");
    private static final Pattern CREATE_TABLE =
            Pattern.compile("(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?(\\w+)");

    /** A literal is SQL (or a piece of it) when it has one of these words; ids, paths and keys are not. */
    private static final Pattern SQL = Pattern.compile("(?i)\\b(SELECT|FROM|JOIN|UPDATE|INSERT|DELETE|WHERE)\\b");

    /** Master data: any module may join these for names and codes. */
    private static final Set<String> MASTER_DATA = Set.of("people", "projects");

    /** Bulk tools exempt from the rule. */
    private static final Set<String> EXEMPT = Set.of("largedata");

    /**
     * Tables whose changeset sits in another module's folder: an applied changeset cannot move (Liquibase would
     * run it again under its new path).
     */
    private static final Map<String, String> OWNER_OVERRIDES = Map.of("notification", "notifications");

    /**
     * Joins across modules that an owner publishes on purpose because the benchmark shows they are needed for speed
     * (module → tables of other modules it may name, the reason in the query's comment). None today: expert
     * utilisation, the one candidate, is faster composed from each module's figures (benchmark "Utilisation").
     */
    private static final Map<String, Set<String>> PUBLISHED_JOINS = Map.of();

    @Test
    void noModulesSqlNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners)
                .containsEntry("booking", "booking")
                .containsEntry("admin_task", "admintasks")
                .containsEntry("expert_profile", "experts");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> modules = Files.list(MAIN)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                if (EXEMPT.contains(name)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(module)) {
                    files.filter(f -> f.toString().endsWith(".java"))
                            .forEach(f -> violations.addAll(
                                    foreignTables(name, MAIN.relativize(f).toString(), read(f), owners)));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanCatchesAForeignTableInAStringOrTextBlock() {
        Map<String, String> owners = Map.of("booking", "booking", "admin_task", "admintasks", "person", "people");
        String source = """
                class Figures {
                    // comments may name booking and admin_task
                    String a = "SELECT COUNT(*) FROM booking b JOIN person p ON p.id = b.expert_id";
                    String b = \"""
                            SELECT t.id FROM admin_task t
                            \""";
                    String c = "booking.status.REQUESTED"; // a translation key, not a table
                    String d = "/calendar/booking/**"; // a path
                    String e = "booking"; // an object type
                    char q = '"';
                }
                """;
        assertThat(foreignTables("dashboard", "Figures.java", source, owners))
                .containsExactly(
                        "Figures.java: dashboard names booking (owned by booking)",
                        "Figures.java: dashboard names admin_task (owned by admintasks)");
        assertThat(foreignTables("booking", "Figures.java", source, owners))
                .containsExactly("Figures.java: booking names admin_task (owned by admintasks)");
    }

    /** Table → owning module, from the changelog folder that creates it. */
    static Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CHANGELOG)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path relative = CHANGELOG.relativize(f);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                Matcher m = CREATE_TABLE.matcher(Files.readString(f));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    owners.put(
                            table,
                            OWNER_OVERRIDES.getOrDefault(
                                    table, relative.getName(0).toString()));
                }
            }
        }
        return owners;
    }

    static List<String> foreignTables(String module, String file, String source, Map<String, String> owners) {
        List<String> found = new ArrayList<>();
        for (String literal : stringLiterals(source)) {
            if (!SQL.matcher(literal).find()) {
                continue;
            }
            owners.forEach((table, owner) -> {
                boolean foreign = !owner.equals(module)
                        && !MASTER_DATA.contains(owner)
                        && !PUBLISHED_JOINS.getOrDefault(module, Set.of()).contains(table);
                if (foreign
                        && Pattern.compile("(?<![\\w./-])" + table + "(?![\\w./-])")
                                .matcher(literal)
                                .find()) {
                    String v = file + ": " + module + " names " + table + " (owned by " + owner + ")";
                    if (!found.contains(v)) {
                        found.add(v);
                    }
                }
            });
        }
        return found;
    }

    /** The contents of the string literals and text blocks of Java source (comments and char literals skipped). */
    static List<String> stringLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = Math.max(src.indexOf('\n', i), i + 1);
                if (src.indexOf('\n', i - 1) < 0) {
                    break;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end;
                out.add(src.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder s = new StringBuilder();
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        j++;
                    }
                    s.append(src.charAt(j));
                    j++;
                }
                if (c == '"') {
                    out.add(s.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
