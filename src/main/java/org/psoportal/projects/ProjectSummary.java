package org.psoportal.projects;

/** What other features show of a project. */
public record ProjectSummary(long id, String code, String name, ProjectStatus status) {

    public boolean active() {
        return status == ProjectStatus.ACTIVE;
    }

    /** "ADV-2026-07 · Advisory platform", for pickers. */
    public String label() {
        return code + " · " + name;
    }
}
