package org.psoportal.admintasks;

import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;

/**
 * How a view lets someone request admin work: it opens "Request help" ({@link #HELP}, the request catalogue), as the
 * board's "Request a task" button does for staff. The board's own form still opens with {@code board?request=new}
 * (older links). Who may: the board's viewers, the callers {@link TaskService#create} lets in.
 */
public final class TaskRequests {

    /** The route of "Request help", the request catalogue's page (module requests). */
    public static final String HELP = "requests";

    /** The board's route. */
    public static final String BOARD = "board";

    private static final String PARAMETER = "request";
    private static final String NEW = "new";

    private static final String TASK = "task";

    private TaskRequests() {}

    /** The query that opens one task's dialog on the board ({@code board?task=12}: every task notification's link). */
    public static Map<String, String> taskQuery(long taskId) {
        return Map.of(TASK, String.valueOf(taskId));
    }

    /** The link that opens one task's dialog, relative to the portal ({@code board?task=12}), for notifications. */
    public static String taskLink(long taskId) {
        return BOARD + "?" + TASK + "=" + taskId;
    }

    /** The task whose dialog the board was opened for ({@link #taskQuery}); null when none (or not a number). */
    public static Long taskToOpen(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault(TASK, List.of());
        if (values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.getFirst().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The query that opens the request form on the board. */
    public static Map<String, String> query() {
        return Map.of(PARAMETER, NEW);
    }

    /** Whether the board was opened to request a task (by {@link #query()}). */
    public static boolean opensRequestForm(Map<String, List<String>> parameters) {
        return parameters.getOrDefault(PARAMETER, List.of()).contains(NEW);
    }

    /** Staff request admin work; administrators and the head create it (same form, same rule as the board). */
    public static boolean mayRequest(CurrentUser user) {
        return user.hasRole(Role.STAFF) || user.isManager();
    }
}
