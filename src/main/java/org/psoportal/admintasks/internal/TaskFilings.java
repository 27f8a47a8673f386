package org.psoportal.admintasks.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.TaskActivity;
import org.psoportal.admintasks.TaskFiling;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.Access;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TaskFiling} through the board's own services ({@link TaskService#create}, {@link
 * TaskService#addChecklistItem}, {@link AttachmentService#upload}), so their rules and events apply. The assignment
 * of a filed request is the one step a requester could not do on the board themselves: the catalogue's rule (a
 * default assignee, or the least-loaded administrator) decides it, so it is written here, checked like a manager's
 * assignment and recorded and published the same way.
 */
@Component
@PreAuthorize(Access.BOARD_VIEWERS)
class TaskFilings implements TaskFiling {

    private final TaskService taskService;
    private final AttachmentService attachmentService;
    private final AdminTaskRepository tasks;
    private final TaskHistory history;
    private final TaskAccess access;
    private final PersonService people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    TaskFilings(
            TaskService taskService,
            AttachmentService attachmentService,
            AdminTaskRepository tasks,
            TaskHistory history,
            TaskAccess access,
            PersonService people,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.taskService = taskService;
        this.attachmentService = attachmentService;
        this.tasks = tasks;
        this.history = history;
        this.access = access;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<String> taskTypes() {
        return Arrays.stream(TaskType.values()).map(Enum::name).toList();
    }

    @Override
    public String taskTypeLabelKey(String taskType) {
        return TaskType.valueOf(taskType).labelKey();
    }

    @Override
    public List<String> priorities() {
        return Arrays.stream(Priority.values()).map(Enum::name).toList();
    }

    @Override
    public String priorityLabelKey(String priority) {
        return Priority.valueOf(priority).labelKey();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long file(Filing f) {
        TaskType type;
        Priority priority;
        try {
            type = TaskType.valueOf(f.taskType());
            priority = f.priority() == null ? Priority.NORMAL : Priority.valueOf(f.priority());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserMessageException("board.typePriority.required");
        }
        long id = taskService.create(
                new TaskDraft(f.title(), f.description(), type, f.projectId(), null, priority, f.dueDate()));
        if (f.assigneeId() != null) {
            assign(id, f.assigneeId());
        }
        for (String item : f.checklist() == null ? List.<String>of() : f.checklist()) {
            taskService.addChecklistItem(id, item);
        }
        for (File file : f.files() == null ? List.<File>of() : f.files()) {
            attachmentService.upload(id, file.name(), file.data());
        }
        return id;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEdit(long taskId, String what) {
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        history.record(taskId, currentUser.personId(), HistoryAction.EDITED, what);
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(task.getColumn())));
    }

    private void assign(long taskId, long assigneeId) {
        if (!people.hasActiveRole(assigneeId, Role.ADMINISTRATOR)) {
            throw new UserMessageException("board.assignee.invalid");
        }
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        task.apply(task.toDraft().withAssignee(assigneeId));
        Instant now = clock.instant();
        task.touch(now);
        tasks.saveAndFlush(task);
        long actor = currentUser.personId();
        history.record(
                taskId,
                actor,
                HistoryAction.ASSIGNED,
                people.summary(assigneeId).map(PersonSummary::fullName).orElse("?"));
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(task.getColumn())));
        events.publishEvent(TaskActivities.of(task, TaskActivity.Kind.ASSIGNED, actor, null, null));
    }

    @Override
    public long maxAttachmentBytes() {
        return attachmentService.maxBytes();
    }

    @Override
    public String checkFile(String fileName, byte[] data) {
        return attachmentService.check(fileName, data);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> leastLoadedAdministrator() {
        Map<Long, Long> open = new HashMap<>();
        for (Object[] row : tasks.countOpenByAssignee()) {
            open.put((Long) row[0], (Long) row[1]);
        }
        return people.activeWithRole(Role.ADMINISTRATOR).stream()
                .map(PersonSummary::id)
                .min(Comparator.<Long>comparingLong(id -> open.getOrDefault(id, 0L))
                        .thenComparingLong(id -> id));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayEdit(long taskId) {
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        return BoardRules.mayEdit(Actor.of(currentUser), task.getRequestedById(), task.getColumn());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadDetails(long taskId) {
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        return access.mayReadDetails(Actor.of(currentUser), task);
    }
}
