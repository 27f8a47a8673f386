package org.psoportal.admintasks.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoportal.admintasks.TaskActivity;
import org.psoportal.admintasks.TaskRequests;
import org.psoportal.notifications.NotificationKind;
import org.psoportal.notifications.NotificationService;
import org.psoportal.people.PersonService;
import org.psoportal.people.PersonSummary;
import org.psoportal.security.PortalUser;
import org.psoportal.security.SecurityContexts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Closes the loop: tells the people a task concerns what just happened to it, inside the change's transaction (no
 * note for a change that rolled back; the e-mails wait for the commit in {@link NotificationService}).
 *
 * <ul>
 *   <li>the requester: assigned, moved, done (with what was done), reopened, asked a question, commented on;
 *   <li>the assignee: a new assignment, a comment, the requester's answer;
 *   <li>watchers: every change.
 * </ul>
 *
 * One note per person and change (a requester who also watches gets the requester's note), never to the person who
 * made the change, never to someone no longer active. Each note names the task and links to it ({@link #link}).
 */
@Component
class TaskNotifier {

    /** How much of a comment, question or answer a note quotes. */
    static final int EXCERPT = 140;

    private final NotificationService notifications;
    private final PersonService people;
    private final TaskWatchers watchers;
    private final TaskCommentRepository comments;
    private final ChecklistItemRepository checklist;

    TaskNotifier(
            NotificationService notifications,
            PersonService people,
            TaskWatchers watchers,
            TaskCommentRepository comments,
            ChecklistItemRepository checklist) {
        this.notifications = notifications;
        this.people = people;
        this.watchers = watchers;
        this.comments = comments;
        this.checklist = checklist;
    }

    /** The address every task note links to: the board with the task's dialog open. */
    static String link(long taskId) {
        return TaskRequests.taskLink(taskId);
    }

    @EventListener
    void on(TaskActivity activity) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            // the portal itself made the change (a recurring template): notes are written on the requester's behalf
            SecurityContexts.runAs(onBehalfOf(activity.requesterId()), () -> fanOut(activity));
        } else {
            fanOut(activity);
        }
    }

    private void fanOut(TaskActivity a) {
        Map<Long, Note> notes = new LinkedHashMap<>();
        String actor = a.actorId() == null
                ? "PSO Portal"
                : people.summary(a.actorId()).map(PersonSummary::fullName).orElse("?");
        forRequester(a, actor, notes);
        forAssignee(a, actor, notes);
        Note toWatchers = forWatcher(a, actor);
        if (toWatchers != null) {
            for (long watcher : watchers.of(a.taskId())) {
                notes.putIfAbsent(watcher, toWatchers);
            }
        }
        if (a.actorId() != null) {
            notes.remove(a.actorId()); // nobody is told of their own change
        }
        if (notes.isEmpty()) {
            return;
        }
        Set<Long> active = people.activeAmong(notes.keySet());
        notes.forEach((personId, note) -> {
            if (active.contains(personId)) {
                notifications.notify(note.kind(), personId, note.key(), note.args(), link(a.taskId()));
            }
        });
    }

    private void forRequester(TaskActivity a, String actor, Map<Long, Note> notes) {
        Note note = switch (a.kind()) {
            case ASSIGNED ->
                a.assigneeId() == null
                        ? null
                        : new Note(
                                NotificationKind.TASK_PROGRESS,
                                "notify.task.request.assigned",
                                List.of(actor, a.title(), name(a.assigneeId())));
            case MOVED ->
                new Note(
                        NotificationKind.TASK_PROGRESS,
                        "notify.task.request.moved." + a.to().name(),
                        List.of(actor, a.title()));
            case DONE -> done(a, actor);
            case REOPENED ->
                new Note(NotificationKind.TASK_PROGRESS, "notify.task.request.reopened", List.of(actor, a.title()));
            case COMMENTED ->
                new Note(
                        NotificationKind.TASK_COMMENTS,
                        "notify.task.request.commented",
                        List.of(actor, a.title(), excerpt(a.text())));
            case ASKED ->
                new Note(
                        NotificationKind.TASK_QUESTIONS,
                        "notify.task.request.asked",
                        List.of(actor, a.title(), excerpt(a.text())));
            case CREATED, ANSWERED -> null; // their own doing (a template's card is its creator's request)
        };
        if (note != null) {
            notes.put(a.requesterId(), note);
        }
    }

    private void forAssignee(TaskActivity a, String actor, Map<Long, Note> notes) {
        if (a.assigneeId() == null) {
            return;
        }
        Note note = switch (a.kind()) {
            case CREATED, ASSIGNED ->
                new Note(NotificationKind.TASK_ASSIGNED, "notify.task.assignee.assigned", List.of(actor, a.title()));
            case COMMENTED ->
                new Note(
                        NotificationKind.TASK_COMMENTS,
                        "notify.task.assignee.commented",
                        List.of(actor, a.title(), excerpt(a.text())));
            case ANSWERED ->
                new Note(
                        NotificationKind.TASK_QUESTIONS,
                        "notify.task.assignee.answered",
                        List.of(actor, a.title(), excerpt(a.text())));
            default -> null;
        };
        if (note != null) {
            notes.putIfAbsent(a.assigneeId(), note);
        }
    }

    private Note forWatcher(TaskActivity a, String actor) {
        return switch (a.kind()) {
            case CREATED -> null; // nobody watches a task before it exists
            case ASSIGNED ->
                a.assigneeId() == null
                        ? new Note(
                                NotificationKind.TASK_PROGRESS,
                                "notify.task.watch.unassigned",
                                List.of(actor, a.title()))
                        : new Note(
                                NotificationKind.TASK_PROGRESS,
                                "notify.task.watch.assigned",
                                List.of(actor, a.title(), name(a.assigneeId())));
            case MOVED ->
                new Note(
                        NotificationKind.TASK_PROGRESS,
                        "notify.task.watch.moved." + a.to().name(),
                        List.of(actor, a.title()));
            case DONE -> new Note(NotificationKind.TASK_PROGRESS, "notify.task.watch.done", List.of(actor, a.title()));
            case REOPENED ->
                new Note(NotificationKind.TASK_PROGRESS, "notify.task.watch.reopened", List.of(actor, a.title()));
            case COMMENTED ->
                new Note(
                        NotificationKind.TASK_COMMENTS,
                        "notify.task.watch.commented",
                        List.of(actor, a.title(), excerpt(a.text())));
            case ASKED ->
                new Note(
                        NotificationKind.TASK_QUESTIONS,
                        "notify.task.watch.asked",
                        List.of(actor, a.title(), excerpt(a.text())));
            case ANSWERED ->
                new Note(
                        NotificationKind.TASK_QUESTIONS,
                        "notify.task.watch.answered",
                        List.of(actor, a.title(), excerpt(a.text())));
        };
    }

    /**
     * "Done" says what was done: the office's last comment (anyone's but the requester's), else the checklist
     * ("checklist 4/4 done"), else just that it is done.
     */
    private Note done(TaskActivity a, String actor) {
        String lastOfOffice = comments.findByTaskIdOrderByCreatedAtAscIdAsc(a.taskId()).stream()
                .filter(c -> c.getAuthorId() != a.requesterId() && c.getKind() != CommentKind.QUESTION)
                .reduce((first, second) -> second)
                .map(TaskComment::getBody)
                .orElse(null);
        if (lastOfOffice != null) {
            return new Note(
                    NotificationKind.TASK_PROGRESS,
                    "notify.task.request.done.said",
                    List.of(actor, a.title(), excerpt(lastOfOffice)));
        }
        List<Object[]> progress = checklist.progress(a.taskId());
        if (!progress.isEmpty()) {
            Object[] row = progress.getFirst();
            return new Note(
                    NotificationKind.TASK_PROGRESS,
                    "notify.task.request.done.checklist",
                    List.of(actor, a.title(), String.valueOf(row[1]), String.valueOf(row[0])));
        }
        return new Note(NotificationKind.TASK_PROGRESS, "notify.task.request.done", List.of(actor, a.title()));
    }

    private String name(Long personId) {
        return personId == null
                ? "?"
                : people.summary(personId).map(PersonSummary::fullName).orElse("?");
    }

    /** The start of a text on one line ("…" when cut): a note quotes, the task holds the whole text. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= EXCERPT) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, EXCERPT - 1)).stripTrailing() + "…";
    }

    private static UsernamePasswordAuthenticationToken onBehalfOf(long personId) {
        PortalUser person = new PortalUser(personId, "", "", "", true, Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(person, null, Set.of());
    }

    private record Note(NotificationKind kind, String key, List<String> args) {}
}
