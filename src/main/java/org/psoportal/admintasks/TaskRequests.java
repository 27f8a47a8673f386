package org.psoportal.admintasks;

import java.util.List;
import java.util.Map;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;

/**
 * How a view outside the board lets someone request admin work: it opens the board with the board's own request form
 * already open ({@code board?request=new}), the same form as the board's "Request a task" button. Who may: the
 * board's viewers, the callers {@link TaskService#create} lets in.
 */
public final class TaskRequests {

    /** The board's route. */
    public static final String BOARD = "board";

    private static final String PARAMETER = "request";
    private static final String NEW = "new";

    private TaskRequests() {}

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
