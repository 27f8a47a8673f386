package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.AttachmentService;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Need to know in the task dialog: staff who neither requested the task nor manage its project see its title and
 * state with a short explanation, and no description, checklist, comments, history or attachments.
 */
@WithUserDetails(DemoAccounts.STAFF)
class TaskNeedToKnowViewTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    AttachmentService attachments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherPersonsTaskShowsTitleAndStateOnlyWithAnExplanation() {
        long project = fixture.newProject();
        // The fixture's projects are managed by the demo staff member: give this one another manager.
        jdbc.update(
                "UPDATE project SET manager_id = (SELECT id FROM person WHERE email = ?) WHERE id = ?",
                DemoAccounts.HEAD,
                project);
        long id = fixture.as(DemoAccounts.ADMINISTRATOR, () -> {
            long t = tasks.create(new TaskDraft(
                    "Pay the consultant",
                    "Secret fee details",
                    org.psoportal.admintasks.internal.TaskType.INVOICING,
                    project,
                    null,
                    org.psoportal.admintasks.internal.Priority.NORMAL,
                    null));
            tasks.comment(t, "private remark");
            attachments.upload(t, "invoice.pdf", "%PDF-1.4\n%x\n".getBytes(StandardCharsets.US_ASCII));
            return t;
        });
        openBoard(Map.of("project", String.valueOf(project)));
        clickTitle(id);

        assertThat($(TabSheet.class).all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.tabs.Tab.class).all())
                .extracting(t -> t.getLabel())
                .containsExactly("Details");
        assertThat($(Span.class).withId("task-need-to-know").single().getText())
                .contains("requester", "assignee", "project's manager");
        assertThat($(TextArea.class).withId("task-description").all())
                .as("no visible description")
                .isEmpty();
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getText().contains("invoice.pdf"));
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .noneMatch(p -> p.getText().contains("private remark"));
    }

    @Test
    void theRequesterSeesEveryTab() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "My own request"));
        openBoard(Map.of("project", String.valueOf(project)));
        clickTitle(id);
        assertThat($(com.vaadin.flow.component.tabs.Tab.class).all()).hasSize(5);
        assertThat($(Span.class).withId("task-need-to-know").all()).isEmpty();
    }

    private void openBoard(Map<String, String> query) {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(BoardView.class, com.vaadin.flow.router.QueryParameters.simple(query));
    }

    private Grid<TaskCard> gridOf(long taskId) {
        return Stream.of(BoardColumn.values())
                .map(c -> grid(c.name()))
                .filter(g -> rows(g).stream().anyMatch(card -> card.id() == taskId))
                .findFirst()
                .orElseThrow();
    }

    private void clickTitle(long taskId) {
        Grid<TaskCard> grid = gridOf(taskId);
        int row = rows(grid).stream().map(TaskCard::id).toList().indexOf(taskId);
        test(grid).invokeLitRendererFunction(row, 0, "open");
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskCard> grid(String column) {
        return $(Grid.class).withId("cards-" + column).single();
    }

    private List<TaskCard> rows(Grid<TaskCard> grid) {
        GridTester<Grid<TaskCard>, TaskCard> tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
