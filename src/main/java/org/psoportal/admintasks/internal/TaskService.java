package org.psoportal.admintasks.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.TaskActivity;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.FormValidation;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.SafeText;
import org.psoportal.shared.UserMessageException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One task: requesting or creating it, editing it (optimistically locked: a stale save is refused, never
 * silently applied), its checklist and comments. Who may do what is decided by {@link BoardRules}.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class TaskService {

    public static final int MAX_COMMENT = 4000;

    private final AdminTaskRepository tasks;
    private final ChecklistItemRepository checklist;
    private final TaskCommentRepository comments;
    private final HistoryEntryRepository historyEntries;
    private final TaskAttachmentRepository attachments;
    private final BoardPositions positions;
    private final TaskHistory history;
    private final PersonService people;
    private final ProjectService projects;
    private final CardAssembler assembler;
    private final TaskAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final TaskWatchers watchers;
    private final ColumnLimits columnLimits;

    TaskService(
            AdminTaskRepository tasks,
            ChecklistItemRepository checklist,
            TaskCommentRepository comments,
            HistoryEntryRepository historyEntries,
            TaskAttachmentRepository attachments,
            BoardPositions positions,
            TaskHistory history,
            PersonService people,
            ProjectService projects,
            CardAssembler assembler,
            TaskAccess access,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            Validator validator,
            TaskWatchers watchers,
            ColumnLimits columnLimits) {
        this.watchers = watchers;
        this.columnLimits = columnLimits;
        this.tasks = tasks;
        this.checklist = checklist;
        this.comments = comments;
        this.historyEntries = historyEntries;
        this.attachments = attachments;
        this.positions = positions;
        this.history = history;
        this.people = people;
        this.projects = projects;
        this.assembler = assembler;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.validator = validator;
    }

    /** Staff request (no assignee: the office decides); managers create. Either way the card lands in To do. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public long create(TaskDraft draft) {
        Actor actor = Actor.of(currentUser);
        TaskDraft checked = check(BoardRules.mayAssign(actor) ? draft : draft.withAssignee(null), null);
        positions.lockShared(Set.of(BoardColumn.TODO));
        AdminTask task = new AdminTask(
                checked, actor.personId(), BoardColumn.TODO, positions.endPosition(BoardColumn.TODO), clock.instant());
        tasks.saveAndFlush(task);
        history.record(task.getId(), actor.personId(), HistoryAction.CREATED, BoardColumn.TODO.name());
        events.publishEvent(new BoardChanged(task.getId(), task.getProjectId(), Set.of(BoardColumn.TODO)));
        events.publishEvent(TaskActivities.of(task, TaskActivity.Kind.CREATED, actor.personId(), null, null));
        return task.getId();
    }

    /** Saves the form if nobody changed the task since {@code expectedVersion}; otherwise refuses. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public TaskDetails update(long taskId, long expectedVersion, TaskDraft draft) {
        Actor actor = Actor.of(currentUser);
        AdminTask task = get(taskId);
        requireEdit(actor, task);
        if (task.getVersion() != expectedVersion) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        TaskDraft before = task.toDraft();
        TaskDraft after = check(BoardRules.mayAssign(actor) ? draft : draft.withAssignee(before.assigneeId()), before);
        List<String> changed = changedFields(before, after);
        if (changed.isEmpty()) {
            return details(taskId);
        }
        task.apply(after);
        task.touch(clock.instant());
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            // A stale version, or MariaDB chose this transaction as a deadlock or lock-timeout victim: either way
            // someone else changed the card first, and nothing of this change was written.
            throw new TaskConflictException(taskId, before.title());
        }
        if (!Objects.equals(before.assigneeId(), after.assigneeId())) {
            history.record(
                    taskId,
                    actor.personId(),
                    HistoryAction.ASSIGNED,
                    after.assigneeId() == null
                            ? "-"
                            : people.summary(after.assigneeId())
                                    .map(PersonSummary::fullName)
                                    .orElse("?"));
            changed.remove("assignee");
            events.publishEvent(
                    TaskActivities.of(task, TaskActivity.Kind.ASSIGNED, actor.personId(), before.assigneeId(), null));
        }
        if (!changed.isEmpty()) {
            history.record(taskId, actor.personId(), HistoryAction.EDITED, String.join(", ", changed));
        }
        events.publishEvent(new BoardChanged(
                taskId,
                Set.of(task.getColumn()), // the card may change project
                new HashSet<>(List.of(before.projectId(), after.projectId()))));
        return details(taskId);
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public TaskDetails details(long taskId) {
        Actor actor = Actor.of(currentUser);
        AdminTask task = get(taskId);
        TaskCard card =
                assembler.cards(tasks.findCard(taskId), LocalDate.now(clock)).getFirst();
        if (!access.mayReadDetails(actor, task)) {
            // Need to know: the card's title and state only (no description, checklist, comments, history or
            // attachments), and nothing to edit: whoever may edit the task may also read it.
            TaskDraft draft = task.toDraft();
            TaskDraft titleOnly = new TaskDraft(
                    draft.title(),
                    null,
                    draft.type(),
                    draft.projectId(),
                    draft.assigneeId(),
                    draft.priority(),
                    draft.dueDate());
            return new TaskDetails(
                    card,
                    titleOnly,
                    name(people.summaries(Set.of(task.getRequestedById())), task.getRequestedById()),
                    task.getUpdatedAt(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    false,
                    BoardRules.mayMove(actor),
                    BoardRules.mayAssign(actor),
                    false,
                    TaskDetails.Loop.NONE);
        }
        List<TaskComment> taskComments = comments.findByTaskIdOrderByCreatedAtAscIdAsc(taskId);
        List<HistoryEntry> entries = historyEntries.findByTaskIdOrderByAtDescIdDesc(taskId);
        Set<Long> personIds = new HashSet<>();
        personIds.add(task.getRequestedById());
        taskComments.forEach(c -> personIds.add(c.getAuthorId()));
        entries.forEach(h -> {
            if (h.getActorId() != null) personIds.add(h.getActorId());
        });
        Map<Long, PersonSummary> names = people.summaries(personIds);
        return new TaskDetails(
                card,
                task.toDraft(),
                name(names, task.getRequestedById()),
                task.getUpdatedAt(),
                checklist.findByTaskIdOrderByPosition(taskId).stream()
                        .map(i -> new TaskDetails.Item(i.getId(), i.getLabel(), i.isDone()))
                        .toList(),
                taskComments.stream()
                        .map(c -> new TaskDetails.Comment(
                                c.getId(), name(names, c.getAuthorId()), c.getCreatedAt(), c.getBody(), c.getKind()))
                        .toList(),
                entries.stream()
                        .map(h -> new TaskDetails.History(
                                h.getAt(),
                                h.getActorId() == null ? "" : name(names, h.getActorId()),
                                h.getAction(),
                                h.getDetail()))
                        .toList(),
                attachments.findInfos(taskId),
                BoardRules.mayEdit(actor, task.getRequestedById(), task.getColumn()),
                BoardRules.mayMove(actor),
                BoardRules.mayAssign(actor),
                true,
                loop(actor, task, taskComments));
    }

    private TaskDetails.Loop loop(Actor actor, AdminTask task, List<TaskComment> taskComments) {
        String openQuestion = task.askedFrom() == null
                ? null
                : taskComments.stream()
                        .filter(c -> c.getKind() == CommentKind.QUESTION)
                        .reduce((first, second) -> second)
                        .map(TaskComment::getBody)
                        .orElse(null);
        boolean toldAnyway =
                task.getRequestedById() == actor.personId() || Objects.equals(task.getAssigneeId(), actor.personId());
        return new TaskDetails.Loop(
                openQuestion,
                BoardRules.mayAsk(actor, task.askedFrom() != null, task.getColumn()),
                task.askedFrom() != null && task.getRequestedById() == actor.personId(),
                watchers.watches(task.getId(), actor.personId()),
                !toldAnyway);
    }

    /**
     * Asks the task's requester a question (managers): the question is added to the comments, the card goes to the
     * top of Waiting and remembers where it was, and the requester is told ({@link TaskActivity.Kind#ASKED}). Refused
     * when someone changed the card since {@code expectedVersion}, when a question is open already, and on a done
     * card. The question must be asked even into a full Waiting column: that is recorded, not refused.
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void ask(long taskId, long expectedVersion, String question) {
        Actor actor = Actor.of(currentUser);
        String text = commentText(question);
        BoardColumn from = positions.columnOf(taskId);
        positions.lockShared(EnumSet.of(from, BoardColumn.WAITING));
        positions.lockCard(taskId);
        AdminTask task = get(taskId);
        if (!BoardRules.mayAsk(actor, task.askedFrom() != null, task.getColumn())) {
            if (!actor.manages()) {
                throw AccessRefusals.refuse("task (ask)", taskId);
            }
            throw new UserMessageException(
                    task.askedFrom() != null ? "task.ask.alreadyOpen" : "task.ask.done", task.getTitle());
        }
        if (task.getArchivedAt() != null || task.getColumn() != from || task.getVersion() != expectedVersion) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        comments.save(new TaskComment(taskId, actor.personId(), text, clock.instant(), CommentKind.QUESTION));
        history.record(taskId, actor.personId(), HistoryAction.ASKED, from.name() + ">" + BoardColumn.WAITING.name());
        if (from != BoardColumn.WAITING) {
            columnLimits.recordIfOver(taskId, actor.personId(), BoardColumn.WAITING);
        }
        task.ask(clock.instant());
        save(task);
        positions.write(
                taskId,
                positions
                        .positionFor(BoardPlace.top(BoardColumn.WAITING), taskId)
                        .getAsLong());
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), EnumSet.of(from, BoardColumn.WAITING)));
        events.publishEvent(TaskActivities.between(task, TaskActivity.Kind.ASKED, from, actor.personId(), text));
    }

    /**
     * The requester answers the open question: the answer is added to the comments, and the card goes back to the
     * top of the column it was in before the question (to In progress if it was asked in Waiting). A card someone
     * moved out of Waiting meanwhile stays where it is. Only the requester, only while a question is open.
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void answer(long taskId, String answer) {
        Actor actor = Actor.of(currentUser);
        String text = commentText(answer);
        // where the answer returns the card is known only once it is read, and it is read only under the locks:
        // shared locks on every column (they only keep a respace out), then the card's
        positions.lockShared(EnumSet.allOf(BoardColumn.class));
        positions.lockCard(taskId);
        AdminTask task = get(taskId);
        if (task.getRequestedById() != actor.personId()) {
            throw AccessRefusals.refuse("task (answer)", taskId);
        }
        if (task.askedFrom() == null) {
            throw new UserMessageException("task.answer.noQuestion", task.getTitle());
        }
        BoardColumn from = task.getColumn();
        BoardColumn back = task.askedFrom() == BoardColumn.WAITING ? BoardColumn.IN_PROGRESS : task.askedFrom();
        comments.save(new TaskComment(taskId, actor.personId(), text, clock.instant(), CommentKind.ANSWER));
        task.answered(clock.instant());
        BoardColumn to = task.getColumn();
        if (task.getColumn() == BoardColumn.WAITING && task.getArchivedAt() == null) {
            to = back;
            columnLimits.recordIfOver(taskId, actor.personId(), back);
            task.moveTo(back, clock.instant());
            positions.write(
                    taskId, positions.positionFor(BoardPlace.top(back), taskId).getAsLong());
        }
        save(task);
        history.record(taskId, actor.personId(), HistoryAction.ANSWERED, from.name() + ">" + to.name());
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), EnumSet.of(from, to)));
        events.publishEvent(TaskActivities.between(task, TaskActivity.Kind.ANSWERED, from, actor.personId(), text));
    }

    /**
     * Watches (or stops watching) a task: told of every change of it. Whoever may read the task's details may watch
     * it; the requester and the assignee are told anyway.
     */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public void watch(long taskId, boolean watching) {
        Actor actor = Actor.of(currentUser);
        AdminTask task = get(taskId);
        access.requireReadDetails(actor, task);
        if (watching) {
            watchers.watch(taskId, actor.personId(), clock.instant());
        } else {
            watchers.unwatch(taskId, actor.personId());
        }
    }

    private static String commentText(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw new UserMessageException("board.comment.invalid", MAX_COMMENT);
        }
        return text;
    }

    private void save(AdminTask task) {
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            throw new TaskConflictException(task.getId(), task.getTitle());
        }
    }

    /** Those who may read the task's details (need to know, {@link TaskAccess}) may comment. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public void comment(long taskId, String body) {
        Actor actor = Actor.of(currentUser);
        AdminTask task = get(taskId);
        access.requireReadDetails(actor, task);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_COMMENT) {
            throw new UserMessageException("board.comment.invalid", MAX_COMMENT);
        }
        comments.save(new TaskComment(taskId, actor.personId(), text, clock.instant()));
        history.record(taskId, actor.personId(), HistoryAction.COMMENTED, null);
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of()));
        events.publishEvent(TaskActivities.of(task, TaskActivity.Kind.COMMENTED, actor.personId(), null, text));
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public void addChecklistItem(long taskId, String label) {
        Actor actor = Actor.of(currentUser);
        AdminTask task = get(taskId);
        requireEdit(actor, task);
        String text = label == null ? "" : SafeText.singleLine(label);
        if (text.isEmpty() || text.length() > 200) {
            throw new UserMessageException("board.checklist.invalid");
        }
        checklist.save(new ChecklistItem(taskId, text, (int) checklist.countByTaskId(taskId)));
        history.record(taskId, actor.personId(), HistoryAction.CHECKLIST, "+ " + text);
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(task.getColumn())));
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional
    public void setChecklistItemDone(long itemId, boolean done) {
        Actor actor = Actor.of(currentUser);
        ChecklistItem item =
                checklist.findById(itemId).orElseThrow(() -> new NotFoundException("checklist item", itemId));
        AdminTask task = get(item.getTaskId());
        requireEdit(actor, task);
        if (item.isDone() != done) {
            item.setDone(done);
            history.record(
                    task.getId(),
                    actor.personId(),
                    HistoryAction.CHECKLIST,
                    (done ? "[x] " : "[ ] ") + item.getLabel());
            events.publishEvent(new BoardChanged(task.getId(), task.getProjectId(), Set.of(task.getColumn())));
        }
    }

    /** The administrators a task may be assigned to. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public List<PersonSummary> assignees() {
        return people.activeWithRole(Role.ADMINISTRATOR);
    }

    private void requireEdit(Actor actor, AdminTask task) {
        if (!BoardRules.mayEdit(actor, task.getRequestedById(), task.getColumn())) {
            throw AccessRefusals.refuse("task", task.getId());
        }
    }

    /** Validates a draft; {@code before} is null for a new task (then the project must be active). */
    private TaskDraft check(TaskDraft draft, TaskDraft before) {
        TaskDraft d = draft.stripped();
        FormValidation.requireValidOneAtATime(validator, d);
        if (before == null || before.projectId() != d.projectId()) {
            projects.requireActive(d.projectId());
        }
        if (d.assigneeId() != null
                && (before == null || !d.assigneeId().equals(before.assigneeId()))
                && !people.hasActiveRole(d.assigneeId(), Role.ADMINISTRATOR)) {
            throw new UserMessageException("board.assignee.invalid");
        }
        return d;
    }

    private static List<String> changedFields(TaskDraft a, TaskDraft b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.title(), b.title())) changed.add("title");
        if (!Objects.equals(blank(a.description()), blank(b.description()))) changed.add("description");
        if (a.type() != b.type()) changed.add("type");
        if (a.projectId() != b.projectId()) changed.add("project");
        if (!Objects.equals(a.assigneeId(), b.assigneeId())) changed.add("assignee");
        if (a.priority() != b.priority()) changed.add("priority");
        if (!Objects.equals(a.dueDate(), b.dueDate())) changed.add("dueDate");
        return changed;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private AdminTask get(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
    }

    private static String name(Map<Long, PersonSummary> names, long id) {
        PersonSummary p = names.get(id);
        return p == null ? "?" : p.fullName();
    }
}
