package org.psoportal.admintasks;

import java.io.Serializable;
import java.time.LocalDate;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.TaskType;

/** The rows {@link TaskFigureQueries} publishes: plain projections of aggregate queries over the tasks. */
public final class TaskFigureRows {

    private TaskFigureRows() {}

    /** Open tasks of one project per board column. */
    public record ProjectLoad(long projectId, String projectCode, long todo, long inProgress, long waiting)
            implements Serializable {
        public long total() {
            return todo + inProgress + waiting;
        }
    }

    public record WeekFlow(LocalDate weekStart, long created, long completed) implements Serializable {}

    /** Cycle time (created to completed) of the tasks of one type completed in the period, in days. */
    public record CycleTime(String taskType, long tasks, double medianDays, double p85Days) implements Serializable {}

    /** Open tasks per administrator; assigneeId null = not assigned to anyone. */
    public record Workload(Long assigneeId, String assigneeName, long openTasks) implements Serializable {}

    public record TaskRow(
            long taskId,
            String title,
            String projectCode,
            String taskType,
            String column,
            String assigneeName,
            LocalDate dueDate,
            boolean overdue)
            implements Serializable {}

    /** The translation key of a column code in these rows: the board's own word ("IN_PROGRESS": "In progress"). */
    public static String columnLabelKey(String column) {
        return BoardColumn.valueOf(column).labelKey();
    }

    /** The translation key of a task type code in these rows, as the board shows it. */
    public static String typeLabelKey(String taskType) {
        return TaskType.valueOf(taskType).labelKey();
    }
}
