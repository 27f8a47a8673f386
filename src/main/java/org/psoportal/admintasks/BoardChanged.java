package org.psoportal.admintasks;

import java.util.Set;

/** Published after a change commits: which task and which columns changed (so views refresh only those). */
public record BoardChanged(long taskId, Set<BoardColumn> columns) {}
