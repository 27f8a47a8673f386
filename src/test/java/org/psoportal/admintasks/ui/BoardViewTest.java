package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class BoardViewTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Test
    void theFilterComesFromTheUrlAndNarrowsTheCards() {
        long project = fixture.newProject();
        long invoice = tasks.create(BoardFixture.draft(project, "Invoice the client"));
        long receipts = tasks.create(BoardFixture.draft(project, "Collect receipts"));
        openBoard(Map.of("project", String.valueOf(project)));
        assertThat(cardIds()).containsExactlyInAnyOrder(invoice, receipts);

        test(find(TextField.class).withId("filter-text").single()).setValue("receipts");
        assertThat(cardIds()).containsExactly(receipts);

        openBoard(Map.of("project", String.valueOf(project), "q", "invoice"));
        assertThat(cardIds()).containsExactly(invoice);
        assertThat(find(TextField.class).withId("filter-text").single().getValue())
                .isEqualTo("invoice");
    }

    @Test
    void creatingATaskPutsItIntoToDo() {
        long project = fixture.newProject();
        openBoard(Map.of("project", String.valueOf(project)));
        test(find(Button.class).withId("new-task").single()).click();
        test(find(TextField.class).withId("task-title").single()).setValue("Order a new projector");
        @SuppressWarnings("unchecked")
        ComboBox<Object> projectBox =
                find(ComboBox.class).withId("task-project").single();
        test(projectBox).selectItem(labelOf(project));
        test(find(Button.class).withId("task-save").single()).click();

        List<TaskCard> todo = board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO);
        assertThat(todo).extracting(TaskCard::title).containsExactly("Order a new projector");
        assertThat(cardIds()).containsExactly(todo.getFirst().id());
    }

    @Test
    void aTaskWithoutTitleOrProjectIsNotSavedAndTheFieldsSayWhy() {
        long project = fixture.newProject();
        openBoard(Map.of("project", String.valueOf(project)));
        test(find(Button.class).withId("new-task").single()).click();
        test(find(Button.class).withId("task-save").single()).click();

        TextField title = find(TextField.class).withId("task-title").single();
        ComboBox<?> projectBox = find(ComboBox.class).withId("task-project").single();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Enter a title.");
        assertThat(projectBox.isInvalid()).isTrue();
        assertThat(projectBox.getErrorMessage()).isEqualTo("Choose a project.");
        assertThat(find(Notification.class).all())
                .as("the fields say why, no toast")
                .isEmpty();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .isEmpty();
    }

    @Test
    void theCardMenuMovesACardToAnotherColumnAndUpAndDown() {
        long project = fixture.newProject();
        long first = tasks.create(BoardFixture.draft(project, "First"));
        long second = tasks.create(BoardFixture.draft(project, "Second"));
        openBoard(Map.of("project", String.valueOf(project)));

        menuOf(second).clickItem("Move up");
        assertThat(column("TODO")).containsExactly(second, first);

        menuOf(first).clickItem("Move to…", "Done");
        assertThat(board.card(first).column()).isEqualTo(BoardColumn.DONE);
        assertThat(column("DONE")).contains(first);
        assertThat(column("TODO")).containsExactly(second);
    }

    @Test
    void aStaleSaveShowsTheConflictAndTheCurrentState() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "Before"));
        openBoard(Map.of("project", String.valueOf(project)));
        clickTitle(id);

        // Someone else saves first.
        fixture.asRun(
                DemoAccounts.HEAD,
                () -> tasks.update(id, board.card(id).version(), BoardFixture.draft(project, "Changed by the head")));
        test(find(TextField.class).withId("task-title").single()).setValue("My late edit");
        test(find(Button.class).withId("task-save").single()).click();

        assertThat(lastNotification()).contains("Someone else changed").contains("Nothing of yours was saved");
        assertThat(find(TextField.class).withId("task-title").single().getValue())
                .isEqualTo("Changed by the head");
        assertThat(board.card(id).title()).isEqualTo("Changed by the head");
    }

    @Test
    void anAttachmentIsUploadedAndDownloadedAndBadFilesAreRefused() throws Exception {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "With a receipt"));
        openBoard(Map.of("project", String.valueOf(project)));
        clickTitle(id);
        test(find(TabSheet.class).single()).select(4);

        byte[] pdf = "%PDF-1.4\n% a tiny receipt\n".getBytes(StandardCharsets.US_ASCII);
        test(find(Upload.class).single()).upload("receipt.pdf", "application/pdf", pdf);
        assertThat(lastNotification()).contains("receipt.pdf attached");
        Anchor link = find(Anchor.class).withText("receipt.pdf").single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        assertThat(out.toByteArray()).isEqualTo(pdf);

        test(find(TabSheet.class).single()).select(4);
        test(find(Upload.class).single())
                .upload(
                        "invoice.pdf",
                        "application/pdf",
                        "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1));
        // refused beside the upload (not a toast over the form), and the next file can be picked at once
        assertThat(refusal())
                .isEqualTo("invoice.pdf was not attached: invoice.pdf is not an allowed document"
                        + " (PDF, PNG, JPEG, GIF, office files).");

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        test(find(Upload.class).single()).upload("big.pdf", "application/pdf", huge);
        assertThat(refusal()).contains("big.pdf was not attached").contains("larger than 10 MB");

        test(find(Upload.class).single()).upload("second.pdf", "application/pdf", pdf);
        assertThat(lastNotification()).contains("second.pdf attached");
        assertThat(tasks.details(id).attachments())
                .extracting(a -> a.fileName())
                .containsExactlyInAnyOrder("receipt.pdf", "second.pdf");
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffAttachADocumentWhenTheyRequestATask() {
        long project = fixture.newProject();
        // the board's own form (staff's "Request a task" button leads to the request catalogue instead)
        openBoard(Map.of("project", String.valueOf(project), "request", "new"));
        test(find(TextField.class).withId("task-title").single()).setValue("Refund my train ticket");
        @SuppressWarnings("unchecked")
        ComboBox<Object> projectBox =
                find(ComboBox.class).withId("task-project").single();
        test(projectBox).selectItem(labelOf(project));

        byte[] pdf = "%PDF-1.4\n% the ticket\n".getBytes(StandardCharsets.US_ASCII);
        test(find(Upload.class).single()).upload("ticket.pdf", "application/pdf", pdf);
        test(find(Upload.class).single())
                .upload(
                        "tool.pdf",
                        "application/pdf",
                        "MZ\u0090\u0000 a program".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refusal()).startsWith("tool.pdf was not attached");
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withId("pending-attachments")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("ticket.pdf")
                .doesNotContain("tool.pdf");
        test(find(Button.class).withId("task-save").single()).click();

        List<TaskCard> todo = board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO);
        assertThat(todo).extracting(TaskCard::title).containsExactly("Refund my train ticket");
        assertThat(tasks.details(todo.getFirst().id()).attachments())
                .extracting(a -> a.fileName())
                .containsExactly("ticket.pdf");
    }

    private String refusal() {
        return find(com.vaadin.flow.component.html.Span.class)
                .withId("attachment-refused")
                .single()
                .getText();
    }

    @Test
    void archivingAsksFirstAndCanBeUndone() {
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, "Old leaflet order"));
        openBoard(Map.of("project", String.valueOf(project)));

        menuOf(id).clickItem("Archive");
        ConfirmDialog confirm =
                find(ConfirmDialog.class).withId("archive-confirm").single();
        assertThat(test(confirm).getHeader()).contains("Old leaflet order");
        assertThat(test(confirm).getText()).contains("leaves the board").contains("restore it from the archive");
        assertThat(board.card(id).archivedAt())
                .as("nothing happens before the answer")
                .isNull();
        test(confirm).cancel();
        assertThat(board.card(id).archivedAt()).isNull();
        assertThat(column("TODO")).containsExactly(id);

        menuOf(id).clickItem("Archive");
        test(find(ConfirmDialog.class).withId("archive-confirm").single()).confirm();
        assertThat(board.card(id).archivedAt()).isNotNull();
        assertThat(column("TODO")).isEmpty();

        test(find(Button.class).withText("Undo").last()).click();
        assertThat(board.card(id).archivedAt()).isNull();
        assertThat(column("TODO")).containsExactly(id);
        assertThat(lastNotification()).contains("Old leaflet order is back on the board");
    }

    @Test
    @WithUserDetails(DemoAccounts.HEAD)
    void aFilteredBoardTellsTheShownCardsFromTheColumnsOwnCount() {
        long project = fixture.newProject();
        tasks.create(BoardFixture.draft(project, "Shown one"));
        tasks.create(BoardFixture.draft(project, "Shown two"));
        Integer previous = board.columnInfos().get(BoardColumn.TODO).wipLimit();
        long total = board.columnInfos().get(BoardColumn.TODO).count();
        try {
            int limit = (int) Math.min(999, total - 1); // over the limit office-wide, not in this project
            board.setWipLimit(BoardColumn.TODO, limit);
            openBoard(Map.of("project", String.valueOf(project)));
            assertThat(header("TODO"))
                    .containsExactly(
                            "To do",
                            "2 shown",
                            String.format(Locale.ENGLISH, "%,d in column · limit %,d", total, limit),
                            "Over the limit");

            openBoard(Map.of());
            assertThat(header("TODO"))
                    .containsExactly(
                            "To do", String.format(Locale.ENGLISH, "%,d / %,d", total, limit), "Over the limit");
        } finally {
            board.setWipLimit(BoardColumn.TODO, previous);
        }
        openBoard(Map.of("project", String.valueOf(project), "q", "two"));
        assertThat(header("TODO"))
                .containsExactly("To do", "1 shown", String.format(Locale.ENGLISH, "%,d in column", total));
    }

    /** The texts a column's header shows, in order (hidden parts left out). */
    private List<String> header(String column) {
        BoardColumnPanel panel =
                find(BoardColumnPanel.class).withId("column-" + column).single();
        Component header = panel.getChildren().findFirst().orElseThrow();
        return header.getChildren()
                .filter(Component::isVisible)
                .map(c -> c.getElement().getText())
                .toList();
    }

    @Test
    void theFiltersButtonCountsTheSetFiltersAndClearFiltersShowsTheWholeBoard() {
        long project = fixture.newProject();
        tasks.create(BoardFixture.draft(project, "Invoice the client"));
        openBoard(Map.of("project", String.valueOf(project), "q", "invoice"));
        Button toggle = find(Button.class).withId("filter-toggle").single();
        assertThat(toggle.getText()).isEqualTo("Filters (2)");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        test(find(Checkbox.class).withId("filter-overdue").single()).click();
        assertThat(toggle.getText()).isEqualTo("Filters (3)");

        test(find(Button.class).withId("filter-clear").single()).click();
        assertThat(toggle.getText()).isEqualTo("Filters");
        assertThat(find(Button.class).withId("filter-clear").all())
                .as("nothing left to clear")
                .isEmpty();
        assertThat(find(TextField.class).withId("filter-text").single().getValue())
                .isEmpty();
        assertThat(find(ComboBox.class).withId("filter-project").single().getValue())
                .isNull();
        assertThat(header("TODO").get(1)).as("the whole board's header").doesNotContain("shown");
    }

    @Test
    void onAPhoneTheFilterFieldsStartFoldedBehindTheFiltersButton() {
        openBoard(Map.of("q", "anything"));
        BoardFilterBar bar = find(BoardFilterBar.class).single();
        bar.fitWidth(390);
        Button toggle = find(Button.class).withId("filter-toggle").single();
        assertThat(find(TextField.class).withId("filter-text").all())
                .as("folded")
                .isEmpty();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(toggle.getText()).isEqualTo("Filters (1)");
        assertThat(find(Button.class).withId("filter-clear").all()).hasSize(1);

        test(toggle).click();
        assertThat(find(TextField.class).withId("filter-text").single().getValue())
                .isEqualTo("anything");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        bar.fitWidth(390); // e.g. the phone turned: the user's choice stands
        assertThat(find(TextField.class).withId("filter-text").all()).hasSize(1);
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
            openBoard(Map.of("project", String.valueOf(project)));
            menuOf(id).clickItem("Move to…", "Waiting");
            assertThat(board.card(id).column()).isEqualTo(BoardColumn.TODO);
            ConfirmDialog confirm = find(ConfirmDialog.class).single();
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
            openBoard(Map.of());
            test(find(Button.class).withId("wip-limits").single()).click();
            test(find(IntegerField.class).withId("wip-TODO").single()).setValue(250);
            test(find(Button.class).withId("wip-save").single()).click();
            assertThat(board.columnInfos().get(BoardColumn.TODO).wipLimit()).isEqualTo(250);
            assertThat(find(BoardColumnPanel.class)
                            .withId("column-TODO")
                            .single()
                            .getElement()
                            .getTextRecursively())
                    .contains("/ 250");
        } finally {
            board.setWipLimit(BoardColumn.TODO, previous);
        }
    }

    @Test
    void administratorsHaveNoWipLimitButton() {
        openBoard(Map.of());
        assertThat(find(Button.class).withId("wip-limits").all()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffSeeNoMoveActions() {
        long project = fixture.newProject();
        long id = fixture.as(DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, "Theirs")));
        openBoard(Map.of("project", String.valueOf(project)));
        assertThat(find(Button.class).withId("new-task").single().getText()).isEqualTo("Request a task");
        assertThat(menuOf(id).items()).containsExactly("Open");
        assertThat(gridOf(id).getElement().getProperty("rowsDraggable", false)).isFalse();
    }

    private String labelOf(long project) {
        @SuppressWarnings("unchecked")
        ComboBox<ProjectSummary> box =
                find(ComboBox.class).withId("task-project").single();
        return box.getListDataView()
                .getItems()
                .filter(p -> p.id() == project)
                .findFirst()
                .orElseThrow()
                .label();
    }

    /** Opens the board with query parameters, as a bookmarked or linked URL would. */
    private void openBoard(Map<String, String> query) {
        UI.getCurrent().navigate(BoardView.class, QueryParameters.simple(query));
    }

    /** The column grid that shows the card. */
    private Grid<TaskCard> gridOf(long taskId) {
        return Stream.of(BoardColumn.values())
                .map(c -> grid(c.name()))
                .filter(g -> rows(g).stream().anyMatch(card -> card.id() == taskId))
                .findFirst()
                .orElseThrow();
    }

    /** The card's title button (a LitRenderer function of its row), as a click or Enter on it calls it. */
    private void clickTitle(long taskId) {
        Grid<TaskCard> grid = gridOf(taskId);
        int row = rows(grid).stream().map(TaskCard::id).toList().indexOf(taskId);
        test(grid).invokeLitRendererFunction(row, 0, "open");
    }

    /**
     * Opens the column's context menu on the card as the browser does for a right click, the Menu key or the
     * card's "⋮" button: the grid's connector syncs the row's key to the grid's {@code _contextMenuTargetItemKey}
     * and sends it with the menu's before-open event.
     */
    private CardMenu menuOf(long taskId) {
        Grid<TaskCard> grid = gridOf(taskId);
        TaskCard card =
                rows(grid).stream().filter(c -> c.id() == taskId).findFirst().orElseThrow();
        ObjectNode detail = JacksonUtils.createObjectNode();
        String key = grid.getDataCommunicator().getKeyMapper().key(card);
        detail.put("key", key);
        grid.getElement().setProperty("_contextMenuTargetItemKey", key);
        ObjectNode data = JacksonUtils.createObjectNode();
        data.set("event.detail", detail);
        grid.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), "vaadin-context-menu-before-open", data));
        @SuppressWarnings("unchecked")
        GridContextMenu<TaskCard> menu = find(BoardColumnPanel.class).all().stream()
                .filter(p -> p.grid() == grid)
                .findFirst()
                .orElseThrow()
                .menu();
        return new CardMenu(menu);
    }

    /** The open menu of one card: its item texts, and a click on an item (path through sub-menus). */
    private record CardMenu(GridContextMenu<TaskCard> menu) {
        List<String> items() {
            return menu.getItems().stream().map(GridMenuItem::getText).toList();
        }

        void clickItem(String... path) {
            List<GridMenuItem<TaskCard>> items = menu.getItems();
            GridMenuItem<TaskCard> item = null;
            for (String text : path) {
                item = items.stream()
                        .filter(i -> text.equals(i.getText()))
                        .findFirst()
                        .orElseThrow();
                items = item.getSubMenu().getItems();
            }
            item.getElement()
                    .getNode()
                    .getFeature(ElementListenerMap.class)
                    .fireEvent(new DomEvent(item.getElement(), "click", JacksonUtils.createObjectNode()));
        }
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskCard> grid(String column) {
        return find(Grid.class).withId("cards-" + column).single();
    }

    private List<TaskCard> rows(Grid<TaskCard> grid) {
        GridTester<Grid<TaskCard>, TaskCard> tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @Test
    void someoneElsesMoveInTheShownProjectArrivesByPush() {
        long project = fixture.newProject();
        long card = tasks.create(BoardFixture.draft(project, "Moved elsewhere"));
        openBoard(Map.of("project", String.valueOf(project)));
        assertThat(column("TODO")).containsExactly(card);

        // another tab of the portal moves it: the change reaches this board through the broadcaster (coalesced),
        // and is applied by the next round trip, as the browser's next request or push would
        board.move(card, board.card(card).version(), BoardPlace.top(BoardColumn.WAITING), true);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    roundTrip();
                    assertThat(column("WAITING")).containsExactly(card);
                });
        assertThat(column("TODO")).isEmpty();
    }

    private List<Long> cardIds() {
        return Stream.of(BoardColumn.values())
                .flatMap(c -> column(c.name()).stream())
                .toList();
    }

    private List<Long> column(String column) {
        return rows(grid(column)).stream().map(TaskCard::id).toList();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }
}
