package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardColumn;
import org.psoportal.admintasks.BoardPlace;
import org.psoportal.admintasks.BoardFixture;
import org.psoportal.admintasks.BoardService;
import org.psoportal.admintasks.TaskCard;
import org.psoportal.admintasks.TaskService;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class BoardViewTest extends BrowserlessViewTest {

    @Autowired BoardFixture fixture;
    @Autowired TaskService tasks;
    @Autowired BoardService board;

    @Test
    void theFilterComesFromTheUrlAndNarrowsTheCards() {
        long project = fixture.newProject();
        long invoice = tasks.create(BoardFixture.draft(project, "Invoice the client"));
        long receipts = tasks.create(BoardFixture.draft(project, "Collect receipts"));
        openBoard(java.util.Map.of("project", String.valueOf(project)));
        assertThat(cardIds()).containsExactlyInAnyOrder(invoice, receipts);

        test($(TextField.class).withId("filter-text").single()).setValue("receipts");
        assertThat(cardIds()).containsExactly(receipts);

        openBoard(java.util.Map.of("project", String.valueOf(project), "q", "invoice"));
        assertThat(cardIds()).containsExactly(invoice);
        assertThat($(TextField.class).withId("filter-text").single().getValue()).isEqualTo("invoice");
    }

    @Test
    void creatingATaskPutsItIntoToDo() {
        long project = fixture.newProject();
        openBoard(java.util.Map.of("project", String.valueOf(project)));
        test($(Button.class).withId("new-task").single()).click();
        test($(TextField.class).withId("task-title").single()).setValue("Order a new projector");
        @SuppressWarnings("unchecked")
        ComboBox<Object> projectBox = $(ComboBox.class).withId("task-project").single();
        test(projectBox).selectItem(labelOf(project));
        test($(Button.class).withId("task-save").single()).click();

        List<TaskCard> todo = board.board(org.psoportal.admintasks.BoardFilter.NONE.withProject(project))
                .cards(BoardColumn.TODO);
        assertThat(todo).extracting(TaskCard::title).containsExactly("Order a new projector");
        assertThat(cardIds()).containsExactly(todo.getFirst().id());
    }

    @Test
    void theCardMenuMovesACardToAnotherColumnAndUpAndDown() {
        long project = fixture.newProject();
        long first = tasks.create(BoardFixture.draft(project, "First"));
        long second = tasks.create(BoardFixture.draft(project, "Second"));
        openBoard(java.util.Map.of("project", String.valueOf(project)));

        test(menuOf(second)).clickItem("Move up");
        assertThat(column("TODO")).containsExactly(second, first);

        test(menuOf(first)).clickItem("Move to…", "Done");
        assertThat(board.card(first).column()).isEqualTo(BoardColumn.DONE);
        assertThat(column("DONE")).contains(first);
        assertThat(column("TODO")).containsExactly(second);
    }

    @Test
    void aStaleSaveShowsTheConflictAndTheCurrentState() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "Before"));
        openBoard(java.util.Map.of("project", String.valueOf(project)));
        test($(com.vaadin.flow.component.html.NativeButton.class).withText("Before").single()).click();

        // Someone else saves first.
        fixture.asRun(DemoAccounts.HEAD, () -> tasks.update(id, board.card(id).version(),
                BoardFixture.draft(project, "Changed by the head")));
        test($(TextField.class).withId("task-title").single()).setValue("My late edit");
        test($(Button.class).withId("task-save").single()).click();

        assertThat(lastNotification()).contains("Someone else changed").contains("Nothing of yours was saved");
        assertThat($(TextField.class).withId("task-title").single().getValue()).isEqualTo("Changed by the head");
        assertThat(board.card(id).title()).isEqualTo("Changed by the head");
    }

    @Test
    void anAttachmentIsUploadedAndDownloadedAndBadFilesAreRefused() throws Exception {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "With a receipt"));
        openBoard(java.util.Map.of("project", String.valueOf(project)));
        test($(com.vaadin.flow.component.html.NativeButton.class).withText("With a receipt").single()).click();
        test($(TabSheet.class).single()).select(4);

        byte[] pdf = "%PDF-1.4\n% a tiny receipt\n".getBytes(StandardCharsets.US_ASCII);
        test($(Upload.class).single()).upload("receipt.pdf", "application/pdf", pdf);
        assertThat(lastNotification()).contains("receipt.pdf attached");
        Anchor link = $(Anchor.class).withText("receipt.pdf").single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        assertThat(out.toByteArray()).isEqualTo(pdf);

        test($(TabSheet.class).single()).select(4);
        test($(Upload.class).single()).upload("invoice.pdf", "application/pdf",
                "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(lastNotification()).contains("not an allowed document");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        test($(Upload.class).single()).upload("big.pdf", "application/pdf", huge);
        assertThat(lastNotification()).contains("larger than 10 MB");
        assertThat(tasks.details(id).attachments()).extracting(a -> a.fileName()).containsExactly("receipt.pdf");
    }

    @Test
    void movingIntoAFullColumnAsksFirst() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "Into waiting"));
        Integer previous = board.columnInfos().get(BoardColumn.WAITING).wipLimit();
        long count = board.columnInfos().get(BoardColumn.WAITING).count();
        fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(BoardColumn.WAITING, (int) Math.max(1, count)));
        try {
            if (count == 0) {
                long filler = tasks.create(BoardFixture.draft(project, "Filler"));
                board.move(filler, board.card(filler).version(), BoardPlace.top(BoardColumn.WAITING), true);
            }
            openBoard(java.util.Map.of("project", String.valueOf(project)));
            test(menuOf(id)).clickItem("Move to…", "Waiting");
            assertThat(board.card(id).column()).isEqualTo(BoardColumn.TODO);
            ConfirmDialog confirm = $(ConfirmDialog.class).single();
            test(confirm).confirm();
            assertThat(board.card(id).column()).isEqualTo(BoardColumn.WAITING);
        } finally {
            fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(BoardColumn.WAITING, previous));
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void theHeadSetsWipLimits() {
        Integer previous = board.columnInfos().get(BoardColumn.TODO).wipLimit();
        try {
            openBoard(java.util.Map.of());
            test($(Button.class).withId("wip-limits").single()).click();
            test($(com.vaadin.flow.component.textfield.IntegerField.class).withId("wip-TODO").single()).setValue(250);
            test($(Button.class).withId("wip-save").single()).click();
            assertThat(board.columnInfos().get(BoardColumn.TODO).wipLimit()).isEqualTo(250);
            assertThat($(BoardColumnPanel.class).withId("column-TODO").single().getElement().getTextRecursively())
                    .contains("/ 250");
        } finally {
            board.setWipLimit(BoardColumn.TODO, previous);
        }
    }

    @Test
    void administratorsHaveNoWipLimitButton() {
        openBoard(java.util.Map.of());
        assertThat($(Button.class).withId("wip-limits").all()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffSeeNoMoveActions() {
        long project = fixture.newProject();
        long id = fixture.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, "Theirs")));
        openBoard(java.util.Map.of("project", String.valueOf(project)));
        assertThat($(Button.class).withId("new-task").single().getText()).isEqualTo("Request a task");
        ContextMenu menu = menuOf(id);
        assertThat(menu.getItems()).extracting(i -> i.getText()).containsExactly("Open");
    }

    private String labelOf(long project) {
        @SuppressWarnings("unchecked")
        ComboBox<org.psoportal.projects.ProjectSummary> box = $(ComboBox.class).withId("task-project").single();
        return box.getListDataView().getItems().filter(p -> p.id() == project).findFirst().orElseThrow().label();
    }

    /** Opens the board with query parameters, as a bookmarked or linked URL would. */
    private void openBoard(java.util.Map<String, String> query) {
        com.vaadin.flow.component.UI.getCurrent().navigate(BoardView.class,
                com.vaadin.flow.router.QueryParameters.simple(query));
    }

    private ContextMenu menuOf(long taskId) {
        ContextMenu menu = $(BoardCard.class).withId("card-" + taskId).single().menu();
        test(menu).open();
        return menu;
    }

    private List<Long> cardIds() {
        return $(BoardCard.class).all().stream().map(c -> c.card().id()).toList();
    }

    private List<Long> column(String column) {
        BoardColumnPanel panel = $(BoardColumnPanel.class).withId("column-" + column).single();
        return $(BoardCard.class, panel).all().stream().map(c -> c.card().id()).toList();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }
}
