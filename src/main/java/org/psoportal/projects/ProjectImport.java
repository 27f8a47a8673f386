package org.psoportal.projects;

/**
 * One project as a bulk import file gives it: the code is the key; the manager is named by e-mail. A null status
 * leaves an existing project's status as it is (a new one starts active); a blank description means none.
 */
public record ProjectImport(String code, String name, String managerEmail, ProjectStatus status, String description) {}
