package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fan-out of task activity: who is told of what (requester, assignee, watchers), in which kind, never the person
 * who made the change, and nothing for a change that rolled back. Each test has people of its own, so it counts only
 * its own notes.
 */
@IntegrationTest
class TaskNotifierTest {

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BoardFixture fixture;

    @Autowired
    SecurityFixture people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    String requester;
    String assignee;
    String manager;
    String watcher;
    long project;

    @BeforeEach
    void peopleOfTheirOwn() {
        requester = people.newPerson(Role.STAFF, "Rita Requester");
        assignee = people.newPerson(Role.ADMINISTRATOR, "Arne Assignee");
        manager = people.newPerson(Role.ADMINISTRATOR, "Mona Manager");
        watcher = people.newPerson(Role.HEAD, "Walt Watcher");
        project = fixture.newProject();
    }

    @Test
    void everyoneConcernedIsToldOfEachChangeInTheirOwnWordsButNeverOfTheirOwn() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Expense claim March")));
        assertThat(notes(requester)).as("their own request").isEmpty();
        people.run(watcher, () -> tasks.watch(task, true));

        // assigned by a manager: requester, new assignee and watcher are told; the manager is not
        people.run(
                manager,
                () -> tasks.update(
                        task,
                        tasks.details(task).version(),
                        BoardFixture.draft(project, "Expense claim March").withAssignee(people.personId(assignee))));
        assertThat(last(requester)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.request.assigned"));
        assertThat(args(requester)).startsWith("Mona Manager", "Expense claim March", "Arne Assignee");
        assertThat(last(assignee)).isEqualTo(new Note("TASK_ASSIGNED", "notify.task.assignee.assigned"));
        assertThat(last(watcher)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.watch.assigned"));
        assertThat(notes(manager)).isEmpty();
        assertThat(link(requester)).isEqualTo("board?task=" + task);

        // moved: the requester and the watcher; the assignee learns nothing new
        people.run(
                manager,
                () -> board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true));
        assertThat(last(requester)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.request.moved.IN_PROGRESS"));
        assertThat(last(watcher)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.watch.moved.IN_PROGRESS"));
        assertThat(notes(assignee)).hasSize(1);

        // the assignee comments: the requester and the watcher, not the assignee
        people.run(assignee, () -> tasks.comment(task, "Which cost centre?\nThe form has none."));
        assertThat(last(requester)).isEqualTo(new Note("TASK_COMMENTS", "notify.task.request.commented"));
        assertThat(args(requester)).contains("Which cost centre? The form has none.");
        assertThat(last(watcher)).isEqualTo(new Note("TASK_COMMENTS", "notify.task.watch.commented"));
        assertThat(notes(assignee)).hasSize(1);

        // the requester comments: the assignee is told
        people.run(requester, () -> tasks.comment(task, "CC 4711"));
        assertThat(last(assignee)).isEqualTo(new Note("TASK_COMMENTS", "notify.task.assignee.commented"));
        assertThat(notes(requester)).hasSize(3);

        // a question and its answer
        people.run(manager, () -> tasks.ask(task, tasks.details(task).version(), "Do you have the receipt?"));
        assertThat(last(requester)).isEqualTo(new Note("TASK_QUESTIONS", "notify.task.request.asked"));
        assertThat(last(watcher)).isEqualTo(new Note("TASK_QUESTIONS", "notify.task.watch.asked"));
        people.run(requester, () -> tasks.answer(task, "Attached it just now."));
        assertThat(last(assignee)).isEqualTo(new Note("TASK_QUESTIONS", "notify.task.assignee.answered"));
        assertThat(last(watcher)).isEqualTo(new Note("TASK_QUESTIONS", "notify.task.watch.answered"));
        assertThat(notes(requester)).as("not told of their own answer").hasSize(4);

        // done: the requester hears what was done (the office's last comment)
        people.run(assignee, () -> tasks.comment(task, "Paid out with the April salary."));
        people.run(manager, () -> board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.DONE), true));
        assertThat(last(requester)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.request.done.said"));
        assertThat(args(requester)).contains("Paid out with the April salary.");
        assertThat(last(watcher)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.watch.done"));

        // reopened
        people.run(manager, () -> board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.TODO), true));
        assertThat(last(requester)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.request.reopened"));

        // the watcher stops watching: no more notes for them
        int watcherNotes = notes(watcher).size();
        people.run(watcher, () -> tasks.watch(task, false));
        people.run(assignee, () -> tasks.comment(task, "One more thing"));
        assertThat(notes(watcher)).hasSize(watcherNotes);
    }

    @Test
    void aDoneNoteWithoutAnOfficeCommentCountsTheChecklist() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Timesheet fix")));
        people.run(manager, () -> {
            tasks.addChecklistItem(task, "Correct week 12");
            tasks.addChecklistItem(task, "Tell payroll");
            tasks.details(task).checklist().forEach(i -> tasks.setChecklistItemDone(i.id(), true));
            board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.DONE), true);
        });
        assertThat(last(requester)).isEqualTo(new Note("TASK_PROGRESS", "notify.task.request.done.checklist"));
        assertThat(args(requester)).endsWith("2", "2");
    }

    @Test
    void aChangeThatRolledBackTellsNobody() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Rolled back")));
        people.run(
                manager,
                () -> tx.executeWithoutResult(status -> {
                    tasks.comment(task, "Never said");
                    status.setRollbackOnly();
                }));
        assertThat(notes(requester)).isEmpty();
    }

    @Test
    void onlyThoseWhoMayReadTheTaskMayWatchIt() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Private request")));
        String otherStaff = people.newPerson(Role.STAFF, "Nosy Neighbour");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> people.run(otherStaff, () -> tasks.watch(task, true)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        people.run(manager, () -> tasks.watch(task, true));
        people.run(manager, () -> tasks.watch(task, true)); // twice: still one watcher
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admin_task_watch WHERE task_id = ?", Integer.class, task))
                .isEqualTo(1);
        assertThat(people.as(manager, () -> tasks.details(task)).loop().watching())
                .isTrue();
        assertThat(people.as(requester, () -> tasks.details(task)).loop().mayWatch())
                .as("the requester is told anyway")
                .isFalse();
    }

    record Note(String kind, String key) {}

    private List<Note> notes(String email) {
        return jdbc.query(
                "SELECT kind, message_key FROM notification WHERE person_id = ? ORDER BY id",
                (rs, i) -> new Note(rs.getString(1), rs.getString(2)),
                people.personId(email));
    }

    private Note last(String email) {
        List<Note> all = notes(email);
        assertThat(all).as("notes of " + email).isNotEmpty();
        return all.getLast();
    }

    private List<String> args(String email) {
        String joined = jdbc.queryForObject(
                "SELECT message_args FROM notification WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                String.class,
                people.personId(email));
        return List.of(joined.split("\u001F", -1));
    }

    private String link(String email) {
        return jdbc.queryForObject(
                "SELECT link FROM notification WHERE person_id = ? ORDER BY id DESC LIMIT 1",
                String.class,
                people.personId(email));
    }
}
