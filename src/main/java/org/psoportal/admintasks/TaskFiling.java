package org.psoportal.admintasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How another module files a board task for someone (the request catalogue): the task is created, assigned, given
 * its checklist and its files through the board's own services, so the same rules apply (an active project, an
 * administrator as assignee, the attachment size and type checks). Joins the caller's transaction (it must have one):
 * when anything fails, nothing of the task is left.
 */
public interface TaskFiling {

    /** The board's task types (their enum names, e.g. {@code EXPENSES}). */
    List<String> taskTypes();

    /** The translation key of a task type's name. */
    String taskTypeLabelKey(String taskType);

    /** The board's priorities (their enum names, lowest first). */
    List<String> priorities();

    /** The translation key of a priority's name. */
    String priorityLabelKey(String priority);

    /**
     * Creates the task in To do as requested by the caller, then assigns it to {@code assigneeId} (when given; it must
     * be an active administrator), adds the checklist items and stores the files. Returns the task's id.
     */
    long file(Filing filing);

    /**
     * Records in the task's history that something another module keeps for it changed ({@code what}, e.g.
     * "answers"), and tells open boards; joins the caller's transaction.
     */
    void recordEdit(long taskId, String what);

    /** The active administrator with the fewest open tasks (ties: the lowest id), if there is any. */
    Optional<Long> leastLoadedAdministrator();

    /** The largest file the board accepts, in bytes. */
    long maxAttachmentBytes();

    /**
     * The board's checks of a file (size, type by content) without storing it; returns the name it will be stored
     * under, or throws the {@code UserMessageException} saying what is wrong.
     */
    String checkFile(String fileName, byte[] data);

    /** Whether the caller may change the task (staff: their own, while it is in To do; managers: always). */
    boolean mayEdit(long taskId);

    /** Whether the caller may read the task's details (need to know: requester, assignee, managers, project manager). */
    boolean mayReadDetails(long taskId);

    /** A file to store on the new task. */
    record File(String name, byte[] data) {}

    /**
     * @param taskType a name from {@link #taskTypes()}
     * @param priority LOW, NORMAL, HIGH or URGENT
     */
    record Filing(
            String title,
            String description,
            long projectId,
            String taskType,
            String priority,
            LocalDate dueDate,
            Long assigneeId,
            List<String> checklist,
            List<File> files) {}
}
