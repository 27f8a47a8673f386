package org.psoportal.projects.internal;

import org.psoportal.projects.ProjectStatus;

/** A row of the projects administration grid. */
public record ProjectRow(
        long id,
        String code,
        String name,
        long managerId,
        String managerName,
        ProjectStatus status,
        String description) {}
