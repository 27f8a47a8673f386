package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.TaskRequests;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The link every task notification carries ({@code board?task=<id>}) opens the task's dialog on the board; there a
 * manager asks the requester, and the requester sees the open question first and answers it.
 */
class TaskQuestionViewTest extends BrowserlessViewTest {

    static final int COMMENTS_TAB = 2;

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Test
    @WithUserDetails(DemoAccounts.ADMINISTRATOR)
    void aManagerOpensTheTaskFromItsLinkAndAsksTheRequester() {
        long project = fixture.newProject();
        long id = fixture.as(DemoAccounts.STAFF, () -> tasks.create(BoardFixture.draft(project, "Expense claim")));

        openFromLink(id);

        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).endsWith("Expense claim");
        assertThat($(Checkbox.class).withId("task-watch").single().getValue()).isFalse();
        $(TabSheet.class).single().setSelectedIndex(COMMENTS_TAB);
        test($(TextArea.class).withId("comment-text").single()).setValue("Where is the receipt?");
        test($(Button.class).withId("ask-send").single()).click();

        assertThat(board.card(id).column()).isEqualTo(BoardColumn.WAITING);
        assertThat($(Paragraph.class).withId("task-question-text").single().getText())
                .isEqualTo("Where is the receipt?");
        assertThat($(TextArea.class).withId("answer-text").all())
                .as("only the requester answers")
                .isEmpty();
        assertThat($(Button.class).withId("ask-send").all())
                .as("one question at a time")
                .isEmpty();

        $(TabSheet.class).single().setSelectedIndex(0);
        test($(Checkbox.class).withId("task-watch").single()).click();
        assertThat(tasks.details(id).loop().watching()).isTrue();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void theRequesterSeesTheOpenQuestionFirstAndAnswersIt() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "Supplier invoice"));
        fixture.asRun(
                DemoAccounts.ADMINISTRATOR, () -> tasks.ask(id, board.card(id).version(), "Which supplier number?"));

        openFromLink(id);

        assertThat($(Paragraph.class).withId("task-question-text").single().getText())
                .isEqualTo("Which supplier number?");
        assertThat($(Button.class).withId("ask-send").all())
                .as("staff do not ask")
                .isEmpty();
        assertThat($(Checkbox.class).withId("task-watch").all())
                .as("the requester is told anyway")
                .isEmpty();
        test($(TextArea.class).withId("answer-text").single()).setValue("SUP-2231");
        test($(Button.class).withId("answer-send").single()).click();

        assertThat(board.card(id).column()).as("back where it was").isEqualTo(BoardColumn.TODO);
        assertThat($(Paragraph.class).withId("task-question-text").all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Answer sent; the task goes back to the office.");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void aLinkToATaskThatIsGoneSaysSoInsteadOfFailing() {
        openFromLink(987_654_321L);

        assertThat($(Dialog.class).all()).isEmpty();
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("This item no longer exists or you may not see it.");
    }

    private static void openFromLink(long taskId) {
        UI.getCurrent().navigate(TaskRequests.BOARD, QueryParameters.simple(TaskRequests.taskQuery(taskId)));
    }
}
