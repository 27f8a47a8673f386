package org.psoportal.imports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.psoportal.experts.ExpertProfileImport;
import org.psoportal.experts.ExpertService;
import org.psoportal.people.PersonImport;
import org.psoportal.people.PersonService;
import org.psoportal.projects.ProjectImport;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectStatus;
import org.psoportal.security.Access;
import org.psoportal.security.Role;
import org.psoportal.shared.UpsertOutcome;
import org.psoportal.shared.UserMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk import for the head of the PSO. {@link #preview} reads the file, checks every row (columns, values,
 * duplicates within the file) and asks the owning service what the row would do, changing nothing;
 * {@link #apply} then imports the rows that were not refused, one by one. Each row is one transaction of the
 * people, projects or experts service (so a refused or failing row leaves nothing behind, the others go on, and
 * no transaction stays open for the whole file); each change is audited there like an edit in their views.
 * Deliberately not transactional itself.
 */
@Service
@PreAuthorize(Access.HEAD_ONLY)
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    /** A plausible address: something@domain.tld without blanks; the people service checks it again. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,|]\\s*");

    /** Told how far the import is: rows done out of rows to do. Called from the importing thread. */
    @FunctionalInterface
    public interface Progress {
        void rowsDone(int done, int total);
    }

    private final PersonService people;
    private final ProjectService projects;
    private final ExpertService experts;

    ImportService(PersonService people, ProjectService projects, ExpertService experts) {
        this.people = people;
        this.projects = projects;
        this.experts = experts;
    }

    /** Reads the file and tells per row what importing it would do; refuses an unreadable file as a whole. */
    public ImportPreview preview(ImportKind kind, String fileName, byte[] data) {
        ImportTable table = ImportFileReader.read(fileName, data);
        List<String> header = checkHeader(kind, table.header());
        Map<String, Long> firstLineOfKey = new HashMap<>();
        List<ImportRow> rows = new ArrayList<>(table.rows().size());
        for (ImportTable.Row raw : table.rows()) {
            ImportRow row = checkRow(kind, header, raw);
            if (!row.refused()) {
                String key = row.value(kind.keyColumn()).toLowerCase(Locale.ROOT);
                Long first = firstLineOfKey.putIfAbsent(key, row.line());
                if (first != null) {
                    row = row.with(
                            ImportRow.Outcome.REFUSED,
                            "import.row.duplicate",
                            kind.keyColumn(),
                            row.value(kind.keyColumn()),
                            first);
                }
            }
            if (!row.refused()) {
                row = ask(kind, row, false);
            }
            rows.add(row);
        }
        return new ImportPreview(kind, fileName, rows);
    }

    /**
     * Imports the preview's rows that were not refused, each in its own transaction, and returns every row with
     * what it did: a row refused now (someone changed the data since the preview) or failing says why, the
     * others are imported anyway. Refused rows of the preview stay refused.
     */
    public ImportPreview apply(ImportPreview preview, Progress progress) {
        List<ImportRow> todo = preview.rows().stream().filter(r -> !r.refused()).toList();
        List<ImportRow> done = new ArrayList<>(preview.rows().size());
        int count = 0;
        for (ImportRow row : preview.rows()) {
            if (row.refused()) {
                done.add(row);
                continue;
            }
            done.add(ask(preview.kind(), row, true));
            count++;
            if (progress != null) {
                progress.rowsDone(count, todo.size());
            }
        }
        return new ImportPreview(preview.kind(), preview.fileName(), done);
    }

    /** The header's column names, in order; an unknown or missing column refuses the file, naming it. */
    private static List<String> checkHeader(ImportKind kind, List<String> header) {
        List<String> names = header.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_'))
                .toList();
        for (String name : names) {
            if (kind.column(name).isEmpty()) {
                throw new ImportFileException("import.file.unknownColumn", name, String.join(", ", kind.headers()));
            }
            if (names.indexOf(name) != names.lastIndexOf(name)) {
                throw new ImportFileException("import.file.duplicateColumn", name);
            }
        }
        for (ImportColumn c : kind.columns()) {
            if (c.required() && !names.contains(c.name())) {
                throw new ImportFileException("import.file.missingColumn", c.name());
            }
        }
        return names;
    }

    /** The row's values by column, checked against the column definitions (required, length, format). */
    private static ImportRow checkRow(ImportKind kind, List<String> header, ImportTable.Row raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(
                    header.get(i), i < raw.cells().size() ? raw.cells().get(i).strip() : "");
        }
        ImportRow row = new ImportRow(raw.line(), values, ImportRow.Outcome.REFUSED, null, new Object[0]);
        long extra = raw.cells().stream()
                .skip(header.size())
                .filter(c -> !c.isBlank())
                .count();
        if (extra > 0) {
            return row.with(
                    ImportRow.Outcome.REFUSED,
                    "import.row.tooManyCells",
                    raw.cells().size(),
                    header.size());
        }
        for (ImportColumn c : kind.columns()) {
            String v = values.getOrDefault(c.name(), "");
            if (c.required() && v.isEmpty()) {
                return row.with(ImportRow.Outcome.REFUSED, "import.row.missing", c.name());
            }
            if (v.length() > c.maxLength()) {
                return row.with(ImportRow.Outcome.REFUSED, "import.row.tooLong", c.name(), shortened(v), c.maxLength());
            }
            if ((c.name().equals("email") || c.name().equals("manager_email"))
                    && !v.isEmpty()
                    && !EMAIL.matcher(v).matches()) {
                return row.with(ImportRow.Outcome.REFUSED, "import.row.badEmail", c.name(), shortened(v));
            }
        }
        String problem = switch (kind) {
            case PEOPLE -> roles(values.get("roles")) == null ? "roles" : null;
            case PROJECTS ->
                !values.getOrDefault("status", "").isEmpty() && status(values.get("status")) == null ? "status" : null;
            case EXPERT_PROFILES ->
                !values.getOrDefault("weekly_capacity_hours", "").isEmpty()
                                && capacity(values.get("weekly_capacity_hours")) == null
                        ? "weekly_capacity_hours"
                        : null;
        };
        if (problem != null) {
            return row.with(
                    ImportRow.Outcome.REFUSED, "import.row.badValue." + problem, shortened(values.get(problem)));
        }
        return row.with(ImportRow.Outcome.UNCHANGED, null);
    }

    /** Asks the owning service what the row does (preview) or does it (apply); a refusal becomes the reason. */
    private ImportRow ask(ImportKind kind, ImportRow row, boolean write) {
        try {
            UpsertOutcome outcome = switch (kind) {
                case PEOPLE -> {
                    PersonImport p = new PersonImport(
                            row.value("name"), row.value("email"), row.value("department"), roles(row.value("roles")));
                    yield write ? people.importPerson(p) : people.previewImport(p);
                }
                case PROJECTS -> {
                    ProjectImport p = new ProjectImport(
                            row.value("code"),
                            row.value("name"),
                            row.value("manager_email"),
                            status(row.value("status")),
                            row.value("description"));
                    yield write ? projects.importProject(p) : projects.previewImport(p);
                }
                case EXPERT_PROFILES -> {
                    ExpertProfileImport p = new ExpertProfileImport(
                            row.value("email"),
                            row.value("headline"),
                            row.value("skills").isEmpty()
                                    ? List.of()
                                    : Arrays.asList(LIST_SEPARATOR.split(row.value("skills"))),
                            capacity(row.value("weekly_capacity_hours")));
                    yield write ? experts.importProfile(p) : experts.previewImport(p);
                }
            };
            return row.with(
                    switch (outcome) {
                        case CREATED -> ImportRow.Outcome.CREATE;
                        case UPDATED -> ImportRow.Outcome.UPDATE;
                        case UNCHANGED -> ImportRow.Outcome.UNCHANGED;
                    },
                    null);
        } catch (UserMessageException e) {
            return row.with(ImportRow.Outcome.REFUSED, e.messageKey(), e.args());
        } catch (RuntimeException e) {
            // e.g. a concurrent change or the database going away: this row is not imported, the others go on
            log.warn("Import row on line {} failed", row.line(), e);
            return row.with(ImportRow.Outcome.REFUSED, "import.row.failed");
        }
    }

    /** Role names separated by ; , or |, any case; null when one is unknown or none is given. */
    static Set<Role> roles(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : LIST_SEPARATOR.split(text.strip())) {
            try {
                roles.add(Role.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return roles;
    }

    private static ProjectStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ProjectStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer capacity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int h = Integer.parseInt(text.strip());
            return h < 0 || h > 60 ? null : h;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as quoted in a reason: long ones cut, so a 10 MB cell never lands in a message. */
    private static String shortened(String value) {
        return value == null ? "" : value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
