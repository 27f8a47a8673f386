package org.psoportal.projects;

/** A row of the projects administration grid. */
public record ProjectRow(
        long id,
        String code,
        String name,
        long managerId,
        String managerName,
        ProjectStatus status,
        String description) {}
