package org.psoportal.admintasks;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.shared.cluster.CrossInstanceEvent;

/**
 * Published after a change commits: which task, which columns and which projects changed, so that open boards
 * refresh only those columns, and boards showing another project only their column headers. {@code taskId} is 0
 * when the event stands for several changes ({@link #merge}); an empty {@code projects} means "any project".
 */
public record BoardChanged(long taskId, Set<BoardColumn> columns, Set<Long> projects) implements CrossInstanceEvent {

    public BoardChanged {
        columns = Set.copyOf(columns);
        projects = Set.copyOf(projects);
    }

    /** A change of one task of one project. */
    public BoardChanged(long taskId, long projectId, Set<BoardColumn> columns) {
        this(taskId, columns, Set.of(projectId));
    }

    /** A change that concerns every project (e.g. a WIP limit). */
    public BoardChanged(long taskId, Set<BoardColumn> columns) {
        this(taskId, columns, Set.of());
    }

    /** Whether a board showing only {@code projectId} (null: all projects) shows anything this change touched. */
    public boolean concerns(Long projectId) {
        return projectId == null || projects.isEmpty() || projects.contains(projectId);
    }

    /** Several changes as one: the union of their columns and projects. */
    public BoardChanged merge(BoardChanged other) {
        Set<BoardColumn> allColumns = EnumSet.noneOf(BoardColumn.class);
        allColumns.addAll(columns);
        allColumns.addAll(other.columns);
        Set<Long> allProjects = new HashSet<>();
        if (!projects.isEmpty() && !other.projects.isEmpty()) {
            allProjects.addAll(projects);
            allProjects.addAll(other.projects);
        } // else one of them concerns every project, and so does the merge
        return new BoardChanged(taskId == other.taskId ? taskId : 0, allColumns, allProjects);
    }
}
