package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.security.Role;
import org.psoportal.security.SecurityFixture;
import org.psoportal.shared.UserMessageException;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Waiting for the requester: a manager's question sends the card to the top of Waiting and remembers where it was;
 * the requester's answer brings it back there. One question at a time; only the requester answers.
 */
@IntegrationTest
class AskRequesterTest {

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    BoardFixture fixture;

    @Autowired
    SecurityFixture people;

    @Autowired
    BoardBroadcaster broadcaster;

    String requester;
    String manager;
    long project;

    @BeforeEach
    void peopleOfTheirOwn() {
        requester = people.newPerson(Role.STAFF, "Quinn Requester");
        manager = people.newPerson(Role.ADMINISTRATOR, "Maya Manager");
        project = fixture.newProject();
    }

    @Test
    void aQuestionMovesTheCardToWaitingAndTheAnswerBringsItBack() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Supplier invoice")));
        people.run(manager, () -> {
            board.move(task, board.card(task).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);
            long other = tasks.create(BoardFixture.draft(project, "Already waiting"));
            board.move(other, board.card(other).version(), BoardPlace.top(BoardColumn.WAITING), true);
        });

        var events = new java.util.concurrent.LinkedBlockingQueue<BoardChanged>();
        Runnable release = broadcaster.register(events::add);
        try {
            people.run(manager, () -> tasks.ask(task, board.card(task).version(), "Which supplier number?"));
        } finally {
            release.run();
        }
        TaskCard waiting = people.as(manager, () -> board.card(task));
        assertThat(waiting.column()).isEqualTo(BoardColumn.WAITING);
        assertThat(people.as(manager, () -> board.board(BoardFilter.NONE.withProject(project)))
                        .cards(BoardColumn.WAITING))
                .as("at the top of Waiting")
                .extracting(TaskCard::id)
                .first()
                .isEqualTo(task);
        fixture.assertPositionsOrdered(project);

        TaskDetails asked = people.as(requester, () -> tasks.details(task));
        assertThat(asked.loop().openQuestion()).isEqualTo("Which supplier number?");
        assertThat(asked.loop().mayAnswer()).isTrue();
        assertThat(asked.comments()).extracting(TaskDetails.Comment::kind).containsExactly(CommentKind.QUESTION);
        TaskDetails managerView = people.as(manager, () -> tasks.details(task));
        assertThat(managerView.loop().mayAsk()).as("one question at a time").isFalse();
        assertThat(managerView.loop().mayAnswer()).isFalse();
        assertThat(managerView.history())
                .extracting(TaskDetails.History::action)
                .contains(HistoryAction.ASKED);

        assertThatThrownBy(() -> people.run(
                        manager, () -> tasks.ask(task, board.card(task).version(), "A second question?")))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "task.ask.alreadyOpen");
        String stranger = people.newPerson(Role.STAFF, "Not the requester");
        assertThatThrownBy(() -> people.run(stranger, () -> tasks.answer(task, "I know!")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.run(requester, () -> tasks.answer(task, "   ")))
                .isInstanceOf(UserMessageException.class);

        people.run(requester, () -> tasks.answer(task, "SUP-2231"));

        TaskDetails answered = people.as(manager, () -> tasks.details(task));
        assertThat(answered.card().column()).as("back where it was").isEqualTo(BoardColumn.IN_PROGRESS);
        assertThat(answered.loop().openQuestion()).isNull();
        assertThat(answered.loop().mayAsk()).isTrue();
        assertThat(answered.comments())
                .extracting(TaskDetails.Comment::kind, TaskDetails.Comment::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CommentKind.QUESTION, "Which supplier number?"),
                        org.assertj.core.groups.Tuple.tuple(CommentKind.ANSWER, "SUP-2231"));
        assertThatThrownBy(() -> people.run(requester, () -> tasks.answer(task, "Again")))
                .isInstanceOf(UserMessageException.class)
                .hasFieldOrPropertyWithValue("messageKey", "task.answer.noQuestion");
        fixture.assertPositionsOrdered(project);
    }

    @Test
    void aStaleQuestionIsRefusedAndStaffMayNotAsk() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Travel booking")));
        long seen = people.as(manager, () -> board.card(task).version());
        people.run(manager, () -> board.move(task, seen, BoardPlace.top(BoardColumn.IN_PROGRESS), true));

        assertThatThrownBy(() -> people.run(manager, () -> tasks.ask(task, seen, "Which date?")))
                .isInstanceOf(TaskConflictException.class);
        assertThat(people.as(manager, () -> board.card(task)).column()).isEqualTo(BoardColumn.IN_PROGRESS);
        assertThat(people.as(manager, () -> tasks.details(task)).comments())
                .as("nothing half-saved")
                .isEmpty();
        assertThatThrownBy(() -> people.run(
                        requester, () -> tasks.ask(task, board.card(task).version(), "Asking myself?")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aQuestionAskedOnACardInTodoReturnsItToTodo() {
        long task = people.as(requester, () -> tasks.create(BoardFixture.draft(project, "Purchase order")));
        people.run(manager, () -> tasks.ask(task, board.card(task).version(), "How many licences?"));
        people.run(requester, () -> tasks.answer(task, "Twelve"));
        assertThat(people.as(manager, () -> board.card(task)).column()).isEqualTo(BoardColumn.TODO);
    }
}
