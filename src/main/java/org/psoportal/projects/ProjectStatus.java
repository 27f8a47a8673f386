package org.psoportal.projects;

public enum ProjectStatus {
    ACTIVE,
    CLOSED
}
