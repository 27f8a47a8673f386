package org.psoportal.imports.internal;

import java.util.List;
import java.util.Optional;

/**
 * What a file imports and its columns: the one home of the import formats. The preview, the import and both
 * templates (CSV and Excel) are made from these definitions. Lengths are those of the database columns.
 */
public enum ImportKind {
    PEOPLE(
            "email",
            List.of(
                    new ImportColumn(
                            "email",
                            true,
                            254,
                            "sign-in e-mail, the key: an existing person is updated",
                            "ada.lovelace@example.org"),
                    new ImportColumn("name", true, 120, "full name", "Ada Lovelace"),
                    new ImportColumn("department", false, 120, "may be empty", "Finance"),
                    new ImportColumn(
                            "roles",
                            true,
                            60,
                            "STAFF, ADMINISTRATOR, EXPERT and/or HEAD, separated by ;",
                            "STAFF;EXPERT"))),
    PROJECTS(
            "code",
            List.of(
                    new ImportColumn(
                            "code", true, 30, "project code, the key: an existing project is updated", "ADV-2026-07"),
                    new ImportColumn("name", true, 150, "project name", "Advisory platform 2026"),
                    new ImportColumn(
                            "manager_email",
                            true,
                            254,
                            "the project manager's e-mail (someone in the portal)",
                            "ada.lovelace@example.org"),
                    new ImportColumn(
                            "status",
                            false,
                            10,
                            "ACTIVE or CLOSED (empty: new projects active, others as they are)",
                            "ACTIVE"),
                    new ImportColumn("description", false, 2000, "may be empty", "Internal advisory platform"))),
    EXPERT_PROFILES(
            "email",
            List.of(
                    new ImportColumn(
                            "email",
                            true,
                            254,
                            "the expert's e-mail (a person with the EXPERT role), the key",
                            "ada.lovelace@example.org"),
                    new ImportColumn(
                            "headline", true, 120, "headline shown in the expert directory", "CRM tool expert"),
                    new ImportColumn(
                            "skills",
                            false,
                            2000,
                            "skills separated by ; (each at most 60 characters)",
                            "CRM;Reporting"),
                    new ImportColumn(
                            "weekly_capacity_hours",
                            false,
                            2,
                            "bookable hours a week, 0-60 (empty: 20 for a new profile)",
                            "20")));

    private final String key;
    private final List<ImportColumn> columns;

    ImportKind(String key, List<ImportColumn> columns) {
        this.key = key;
        this.columns = columns;
    }

    public List<ImportColumn> columns() {
        return columns;
    }

    /** The column whose value identifies the record: re-importing a row with the same key updates that record. */
    public String keyColumn() {
        return key;
    }

    public Optional<ImportColumn> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public List<String> headers() {
        return columns.stream().map(ImportColumn::name).toList();
    }
}
