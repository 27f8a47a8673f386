package org.psoportal.admintasks.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFixture;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskDraft;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.admintasks.internal.TaskType;
import org.psoportal.people.PersonSummary;
import org.psoportal.testsupport.BrowserlessViewTest;
import org.psoportal.testsupport.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.ObjectNode;

/**
 * Swimlanes on the board ({@code lanes=project|assignee|type}): cards in the right lanes, the grouping in the
 * address, folding a lane, moving a card to another person's lane by the keyboard menu and by a drop, and a board
 * with lanes still loading with a fixed number of statements. Each test narrows the board to its own cards with a
 * word only its titles contain.
 */
@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class BoardSwimlanesViewTest extends BrowserlessViewTest {

    @Autowired
    BoardFixture fixture;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardService board;

    @Autowired
    EntityManagerFactory emf;

    @Test
    void lanesByProjectHoldEachProjectsCardsInTheirColumns() {
        String word = word();
        long p1 = fixture.newProject();
        long p2 = fixture.newProject();
        long a = tasks.create(BoardFixture.draft(p1, word + " invoice"));
        long b = tasks.create(BoardFixture.draft(p2, word + " receipts"));
        long c = tasks.create(BoardFixture.draft(p2, word + " report"));
        board.move(c, board.card(c).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);

        openBoard(Map.of("q", word, "lanes", "project"));

        assertThat(laneLabels()).hasSize(2).allMatch(l -> l.startsWith("T-"));
        assertThat(cards("TODO", "p" + p1)).containsExactly(a);
        assertThat(cards("TODO", "p" + p2)).containsExactly(b);
        assertThat(cards("IN_PROGRESS", "p" + p2)).containsExactly(c);
        assertThat(cards("IN_PROGRESS", "p" + p1)).isEmpty();
        assertThat(lane("p" + p2).getElement().getTextRecursively()).contains("2 cards");
        // the columns' headers stay once, for the whole board, without cards of their own
        assertThat(find(Grid.class).withId("cards-TODO").all()).isEmpty();
        assertThat(find(BoardColumnPanel.class)
                        .withId("column-TODO")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("To do")
                .contains("2 shown");
    }

    @Test
    void lanesByAssigneeShowEveryAdministratorAndUnassigned() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        long mine = tasks.create(BoardFixture.draft(project, word + " mine").withAssignee(admin));
        long nobodys = tasks.create(BoardFixture.draft(project, word + " nobody's"));

        openBoard(Map.of("q", word, "lanes", "assignee"));

        assertThat(cards("TODO", "a" + admin)).containsExactly(mine);
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(nobodys);
        assertThat(laneLabels().getFirst()).isEqualTo("Unassigned");
        assertThat(laneLabels())
                .as("an empty lane for each administrator, to drop cards into")
                .containsAll(
                        tasks.assignees().stream().map(PersonSummary::fullName).toList());
    }

    @Test
    void lanesByRequestTypeFallBackToTheTaskTypeWithoutACatalogue() {
        String word = word();
        long project = fixture.newProject();
        long expenses = tasks.create(BoardFixture.draft(project, word + " claim"));
        long report = tasks.create(withType(BoardFixture.draft(project, word + " report"), TaskType.REPORTING));

        openBoard(Map.of("q", word, "lanes", "type"));

        assertThat(laneLabels()).containsExactly("Expenses", "Reporting");
        assertThat(cardsOfLane("Expenses")).containsExactly(expenses);
        assertThat(cardsOfLane("Reporting")).containsExactly(report);
    }

    @Test
    void theGroupingIsInTheAddressAndComesBackFromIt() {
        String word = word();
        long project = fixture.newProject();
        tasks.create(BoardFixture.draft(project, word + " one"));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        @SuppressWarnings("unchecked")
        Select<BoardGrouping> groupBy = find(Select.class).withId("board-lanes").single();
        assertThat(groupBy.getValue()).isEqualTo(BoardGrouping.ASSIGNEE);

        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        test(groupBy).selectItem("Project");
        assertThat(addressesWritten()).anyMatch(a -> a.contains("lanes=project") && a.contains("q=" + word));
        assertThat(find(BoardLanePanel.class).all())
                .extracting(p -> p.lane().grouping())
                .containsOnly(BoardGrouping.PROJECT);

        test(groupBy).selectItem("None");
        assertThat(addressesWritten()).anyMatch(a -> a.contains("q=" + word) && !a.contains("lanes="));
        assertThat(find(BoardLanePanel.class).all()).isEmpty();
        assertThat(find(Grid.class).withId("cards-TODO").single().isVisible()).isTrue();

        openBoard(Map.of("q", word, "lanes", "nonsense"));
        assertThat(groupBy.getValue()).as("an unknown grouping is no grouping").isEqualTo(BoardGrouping.NONE);
    }

    @Test
    void aLaneFoldsAndOpensByItsHeaderAndStaysFoldedWhenTheBoardRedraws() {
        String word = word();
        long project = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(project, word + " fold me"));
        long other = tasks.create(BoardFixture.draft(project, word + " other"));
        openBoard(Map.of("q", word, "lanes", "project"));
        String key = "p" + project;
        Button toggle = find(Button.class).withId("lane-" + key + "-toggle").single();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo("lane-" + key + "-columns");

        test(toggle).click();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(find(Grid.class).withId("cards-TODO-" + key).all())
                .as("a folded lane has no grids")
                .isEmpty();
        assertThat(lane(key).getElement().getTextRecursively()).contains("2 cards");

        // a change elsewhere redraws the board's columns: the lane stays folded and knows its cards
        board.move(other, board.card(other).version(), BoardPlace.top(BoardColumn.DONE), true);
        find(BoardView.class).single().refreshColumns(java.util.EnumSet.allOf(BoardColumn.class));
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(toggle).click();
        assertThat(cards("TODO", key)).containsExactly(id);
        assertThat(cards("DONE", key)).containsExactly(other);
    }

    @Test
    void moveToLaneInTheCardMenuReassignsTheCard() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        PersonSummary colleague = colleague(admin);
        long id = tasks.create(BoardFixture.draft(project, word + " hand over").withAssignee(admin));
        openBoard(Map.of("q", word, "lanes", "assignee"));

        CardMenu menu = menuOf(id);
        assertThat(menu.items()).contains("Move to…", "Move to lane…");
        assertThat(menu.subItems("Move to lane…"))
                .contains("Unassigned", colleague.fullName())
                .doesNotContain(tasks.details(id).card().assigneeName());
        menu.clickItem("Move to lane…", colleague.fullName());

        assertThat(tasks.details(id).draft().assigneeId()).isEqualTo(colleague.id());
        assertThat(tasks.details(id).draft().description())
                .as("nothing else changed")
                .isEqualTo("desc");
        assertThat(board.card(id).column()).isEqualTo(BoardColumn.TODO);
        assertThat(cards("TODO", "a" + colleague.id())).containsExactly(id);
        assertThat(cards("TODO", "a" + admin)).isEmpty();
        assertThat(lastNotification()).contains("is now assigned to " + colleague.fullName());

        menuOf(id).clickItem("Move to lane…", "Unassigned");
        assertThat(tasks.details(id).draft().assigneeId()).isNull();
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(id);
    }

    @Test
    void moveUpPassesTheCardAboveInTheSameLane() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        long first = tasks.create(BoardFixture.draft(project, word + " first"));
        long between =
                tasks.create(BoardFixture.draft(project, word + " between").withAssignee(admin));
        long second = tasks.create(BoardFixture.draft(project, word + " second"));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(first, second);

        menuOf(second).clickItem("Move up");

        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(second, first);
        assertThat(cards("TODO", "a" + admin)).containsExactly(between);
        assertThat(board.card(second).column()).isEqualTo(BoardColumn.TODO);
    }

    @Test
    void someoneElsesReassignmentMovesTheCardToItsLaneByPush() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        PersonSummary colleague = colleague(admin);
        long id = tasks.create(BoardFixture.draft(project, word + " pushed").withAssignee(admin));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        assertThat(cards("TODO", "a" + admin)).containsExactly(id);

        fixture.asRun(
                DemoAccounts.HEAD,
                () -> tasks.update(
                        id,
                        board.card(id).version(),
                        BoardFixture.draft(project, word + " pushed").withAssignee(colleague.id())));
        awaitPush(() -> assertThat(cards("TODO", "a" + colleague.id())).containsExactly(id));
        assertThat(cards("TODO", "a" + admin)).isEmpty();
    }

    @Test
    void aCardThatNeedsANewLaneGetsItByPush() {
        String word = word();
        long p1 = fixture.newProject();
        long p2 = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(p1, word + " changes project"));
        openBoard(Map.of("q", word, "lanes", "project"));
        assertThat(find(BoardLanePanel.class).withId("lane-p" + p2).all()).isEmpty();

        fixture.asRun(
                DemoAccounts.HEAD,
                () -> tasks.update(id, board.card(id).version(), BoardFixture.draft(p2, word + " changes project")));
        awaitPush(() -> assertThat(cards("TODO", "p" + p2)).containsExactly(id));
        assertThat(lane("p" + p2).lane().label()).startsWith("T-");
    }

    /** Someone else's change reaches this board through the broadcaster and is applied by the next round trip. */
    private void awaitPush(Runnable assertion) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions() // the lane may not be there yet
                .untilAsserted(() -> {
                    roundTrip();
                    assertion.run();
                });
    }

    @Test
    void aStaleMoveToLaneShowsTheConflictAndChangesNothing() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        PersonSummary colleague = colleague(admin);
        long id = tasks.create(BoardFixture.draft(project, word + " contested"));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        CardMenu menu = menuOf(id);

        // someone else edits the card after this board showed it
        fixture.asRun(
                DemoAccounts.HEAD,
                () -> tasks.update(id, board.card(id).version(), BoardFixture.draft(project, word + " renamed")));
        menu.clickItem("Move to lane…", colleague.fullName());

        assertThat(lastNotification()).contains("Someone else changed").contains("Nothing of yours was saved");
        assertThat(tasks.details(id).draft().assigneeId()).isNull();
        assertThat(tasks.details(id).draft().title()).isEqualTo(word + " renamed");
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(id);
    }

    @Test
    void aDropIntoAnotherPersonsLaneReassignsAndMovesTheCard() {
        String word = word();
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        PersonSummary colleague = colleague(admin);
        long id = tasks.create(BoardFixture.draft(project, word + " dragged"));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        BoardView view = find(BoardView.class).single();
        BoardLane target = lane("a" + colleague.id()).lane();

        // what the lane cell's grid reports for a drop into its empty In progress column
        view.dragStarted(board.card(id));
        view.dropped(BoardPlace.end(BoardColumn.IN_PROGRESS), target);
        // In progress may be full (the demo data's WIP limit): the move asks first, as without lanes
        find(ConfirmDialog.class).withId("wip-confirm").all().forEach(d -> test(d).confirm());

        TaskCard card = board.card(id);
        assertThat(card.assigneeId()).isEqualTo(colleague.id());
        assertThat(card.column()).isEqualTo(BoardColumn.IN_PROGRESS);
        assertThat(cards("IN_PROGRESS", "a" + colleague.id())).containsExactly(id);
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).isEmpty();
    }

    @Test
    void aDropIntoAnotherProjectsLaneMovesOnlyTheColumnAndSaysSo() {
        String word = word();
        long p1 = fixture.newProject();
        long p2 = fixture.newProject();
        long id = tasks.create(BoardFixture.draft(p1, word + " stays in its project"));
        tasks.create(BoardFixture.draft(p2, word + " elsewhere"));
        openBoard(Map.of("q", word, "lanes", "project"));
        BoardView view = find(BoardView.class).single();

        view.dragStarted(board.card(id));
        view.dropped(BoardPlace.end(BoardColumn.WAITING), lane("p" + p2).lane());
        // said at the drop, before any WIP question (a later note, "moved to Waiting", takes its place)
        List<String> said = find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
        // Waiting may be full (the demo data's WIP limit): the move asks first, as without lanes
        find(ConfirmDialog.class).withId("wip-confirm").all().forEach(d -> test(d).confirm());

        assertThat(board.card(id).projectId()).isEqualTo(p1);
        assertThat(board.card(id).column()).isEqualTo(BoardColumn.WAITING);
        assertThat(cards("WAITING", "p" + p1)).containsExactly(id);
        assertThat(cards("WAITING", "p" + p2)).isEmpty();
        assertThat(said).anyMatch(t -> t.contains("stays in") && t.contains("changes only a card's column"));
    }

    @Test
    @WithUserDetails(DemoAccounts.STAFF)
    void staffSeeLanesButNoMoveToLane() {
        String word = word();
        long project = fixture.newProject();
        long id = fixture.as(
                DemoAccounts.ADMINISTRATOR, () -> tasks.create(BoardFixture.draft(project, word + " theirs")));
        openBoard(Map.of("q", word, "lanes", "assignee"));
        assertThat(cards("TODO", BoardLane.UNASSIGNED_KEY)).containsExactly(id);
        assertThat(menuOf(id).items()).containsExactly("Open");
    }

    @Test
    void theBoardWithLanesLoadsWithAFixedNumberOfStatements() {
        String word = word();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        List<Long> projects =
                IntStream.range(0, 6).mapToObj(i -> fixture.newProject()).toList();
        for (int i = 0; i < 4; i++) {
            tasks.create(BoardFixture.draft(projects.get(i % 2), word + " few " + i)
                    .withAssignee(i % 2 == 0 ? admin : null));
        }
        Map<String, Long> few = statementsByGrouping(word);
        for (int i = 0; i < 36; i++) {
            tasks.create(BoardFixture.draft(projects.get(i % 6), word + " many " + i)
                    .withAssignee(i % 2 == 0 ? admin : null));
        }
        Map<String, Long> many = statementsByGrouping(word);

        assertThat(many).as("more cards, more lanes, same statements").isEqualTo(few);
        assertThat(many.get("assignee"))
                .as("lanes by assignee need nothing more")
                .isEqualTo(many.get("none"));
        assertThat(many.get("type")).as("nor by type, without a catalogue").isEqualTo(many.get("none"));
        // Lanes by project read the projects' names once (BoardView#learnLaneNames); for more than one project that
        // is plain SQL (ProjectLookups, no list-bound JPQL: QueryTranslationReuseTest), which Hibernate's statistics
        // do not count. The first assertion still shows no statement per lane or card.
        assertThat(many.get("project")).as("lanes by project").isEqualTo(many.get("none"));
    }

    /** The statements of opening the board afresh (another view in between) without lanes and with each kind. */
    private Map<String, Long> statementsByGrouping(String word) {
        Map<String, Long> counts = new HashMap<>();
        for (String lanes : List.of("none", "project", "assignee", "type")) {
            UI.getCurrent().navigate(BoardArchiveView.class);
            Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
            stats.setStatisticsEnabled(true);
            stats.clear();
            openBoard(Map.of("q", word, "lanes", lanes));
            counts.put(lanes, stats.getPrepareStatementCount());
            stats.setStatisticsEnabled(false);
        }
        return counts;
    }

    private PersonSummary colleague(long admin) {
        return tasks.assignees().stream()
                .filter(p -> p.id() != admin)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo data has a second administrator"));
    }

    private static TaskDraft withType(TaskDraft d, TaskType type) {
        return new TaskDraft(
                d.title(), d.description(), type, d.projectId(), d.assigneeId(), d.priority(), d.dueDate());
    }

    private static String word() {
        return "lane" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void openBoard(Map<String, String> query) {
        UI.getCurrent().navigate(BoardView.class, QueryParameters.simple(query));
    }

    /** The addresses the board wrote into the browser's history since the last call. */
    private List<String> addressesWritten() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(i -> i.getInvocation().getParameters().stream())
                .map(String::valueOf)
                .filter(p -> p.startsWith("board"))
                .toList();
    }

    private List<String> laneLabels() {
        return find(BoardLanePanel.class).all().stream()
                .map(p -> p.lane().label())
                .toList();
    }

    private BoardLanePanel lane(String key) {
        return find(BoardLanePanel.class).withId("lane-" + key).single();
    }

    private List<Long> cardsOfLane(String label) {
        BoardLanePanel panel = find(BoardLanePanel.class).all().stream()
                .filter(p -> p.lane().label().equals(label))
                .findFirst()
                .orElseThrow();
        return cards("TODO", panel.lane().key());
    }

    /** The cards the lane's grid of that column shows, in order. */
    private List<Long> cards(String column, String laneKey) {
        return rows(grid(column, laneKey)).stream().map(TaskCard::id).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<TaskCard> grid(String column, String laneKey) {
        return find(Grid.class).withId("cards-" + column + "-" + laneKey).single();
    }

    private List<TaskCard> rows(Grid<TaskCard> grid) {
        GridTester<Grid<TaskCard>, TaskCard> tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    /** Opens the card's menu as the browser does (see BoardViewTest#menuOf), in whichever lane grid shows it. */
    @SuppressWarnings("unchecked")
    private CardMenu menuOf(long taskId) {
        BoardColumnPanel panel = find(BoardColumnPanel.class).all().stream()
                .filter(p -> p.grid().isVisible() && rows(p.grid()).stream().anyMatch(c -> c.id() == taskId))
                .findFirst()
                .orElseThrow();
        Grid<TaskCard> grid = panel.grid();
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
        return new CardMenu(panel.menu());
    }

    private record CardMenu(GridContextMenu<TaskCard> menu) {
        List<String> items() {
            return menu.getItems().stream().map(GridMenuItem::getText).toList();
        }

        List<String> subItems(String item) {
            return menu.getItems().stream()
                    .filter(i -> item.equals(i.getText()))
                    .findFirst()
                    .orElseThrow()
                    .getSubMenu()
                    .getItems()
                    .stream()
                    .map(GridMenuItem::getText)
                    .toList();
        }

        void clickItem(String... path) {
            List<GridMenuItem<TaskCard>> items = menu.getItems();
            GridMenuItem<TaskCard> item = null;
            for (String text : path) {
                item = items.stream()
                        .filter(i -> text.equals(i.getText()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no menu item " + text));
                items = item.getSubMenu().getItems();
            }
            item.getElement()
                    .getNode()
                    .getFeature(ElementListenerMap.class)
                    .fireEvent(new DomEvent(item.getElement(), "click", JacksonUtils.createObjectNode()));
        }
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }
}
