package org.psoportal.admintasks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.testsupport.DemoAccounts;
import org.psoportal.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(DemoAccounts.ADMINISTRATOR)
class BoardServiceTest {

    @Autowired
    BoardService board;

    @Autowired
    TaskService tasks;

    @Autowired
    BoardFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    BoardBroadcaster broadcaster;

    @Test
    void movesPlaceCardsWhereDroppedAndRecordHistory() {
        long project = fixture.newProject();
        long a = tasks.create(BoardFixture.draft(project, "A"));
        long b = tasks.create(BoardFixture.draft(project, "B"));
        long c = tasks.create(BoardFixture.draft(project, "C"));

        board.move(c, board.card(c).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);
        board.move(a, board.card(a).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);
        List<TaskCard> inProgress =
                board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.IN_PROGRESS);
        assertThat(inProgress).extracting(TaskCard::id).containsExactly(a, c);

        board.move(a, board.card(a).version(), BoardPlace.after(BoardColumn.IN_PROGRESS, c), false);
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.IN_PROGRESS))
                .extracting(TaskCard::id)
                .containsExactly(c, a);
        assertThat(board.card(b).column()).isEqualTo(BoardColumn.TODO);
        fixture.assertPositionsOrdered(project);

        TaskDetails details = tasks.details(a);
        assertThat(details.history())
                .extracting(TaskDetails.History::action)
                .contains(HistoryAction.CREATED, HistoryAction.MOVED);
        assertThat(details.history())
                .filteredOn(h -> h.action() == HistoryAction.MOVED)
                .extracting(TaskDetails.History::detail)
                .containsExactly("TODO>IN_PROGRESS");
    }

    @Test
    void aMoveWritesOnlyTheMovedCardsRow() {
        long project = fixture.newProject();
        long a = tasks.create(BoardFixture.draft(project, "A"));
        long b = tasks.create(BoardFixture.draft(project, "B"));
        long c = tasks.create(BoardFixture.draft(project, "C"));
        var before = positions(project);

        board.move(c, board.card(c).version(), BoardPlace.before(BoardColumn.TODO, a), false);

        var after = positions(project);
        assertThat(after.get(a)).as("neighbours keep their positions").isEqualTo(before.get(a));
        assertThat(after.get(b)).isEqualTo(before.get(b));
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::id)
                .containsExactly(c, a, b);
    }

    @Test
    void whenTheGapIsUsedUpTheColumnIsRespacedAndEveryCardKeepsItsPlace() {
        long project = fixture.newProject();
        long first = tasks.create(BoardFixture.draft(project, "First"));
        long last = tasks.create(BoardFixture.draft(project, "Last"));
        List<Long> expected = new ArrayList<>(List.of(first));
        // Each card goes right before "Last", halving the gap each time: 16 fit, the 17th needs a respace.
        for (int i = 1; i <= 18; i++) {
            long card = tasks.create(BoardFixture.draft(project, "Squeezed " + i));
            board.move(card, board.card(card).version(), BoardPlace.before(BoardColumn.TODO, last), false);
            expected.add(card);
        }
        expected.add(last);

        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::id)
                .containsExactlyElementsOf(expected);
        fixture.assertPositionsOrdered(project);
        // Without a respace the squeezed cards would sit STEP/2, STEP/4, ... apart; after it, the ones placed
        // before it are neighbours a whole STEP apart (whatever positions the shared column held before).
        var after = positions(project);
        for (int i = 1; i < 16; i++) {
            assertThat(after.get(expected.get(i + 1)) - after.get(expected.get(i)))
                    .as("respaced: squeezed cards %d and %d are a whole step apart", i, i + 1)
                    .isEqualTo(BoardPositions.STEP);
        }
    }

    private Map<Long, Long> positions(long project) {
        Map<Long, Long> result = new HashMap<>();
        jdbc.query(
                "SELECT id, position FROM admin_task WHERE project_id = ?",
                rs -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                },
                project);
        return result;
    }

    @Test
    void doneStampsCompletionAndOldDoneCardsGoToTheArchive() {
        long project = fixture.newProject();
        long t = tasks.create(BoardFixture.draft(project, "Finish the quarterly report zq" + project));
        board.move(t, board.card(t).version(), BoardPlace.top(BoardColumn.DONE), true);
        assertThat(board.card(t).completedAt()).isNotNull();
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.DONE))
                .hasSize(1);

        jdbc.update("UPDATE admin_task SET completed_at = completed_at - INTERVAL 15 DAY WHERE id = ?", t);
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.DONE))
                .isEmpty();
        assertThat(board.archived("zq" + project, PageRequest.of(0, 10)))
                .extracting(TaskCard::id)
                .containsExactly(t);
        assertThat(board.archivedCount("zq" + project)).isEqualTo(1);
    }

    @Test
    void anArchivedTaskIsRestoredToItsPlaceAndOnlyAnArchivedOne() {
        long project = fixture.newProject();
        long a = tasks.create(BoardFixture.draft(project, "A"));
        long b = tasks.create(BoardFixture.draft(project, "B"));
        long c = tasks.create(BoardFixture.draft(project, "C"));
        board.archive(b, board.card(b).version());
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::id)
                .containsExactly(a, c);

        board.restore(b);
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .extracting(TaskCard::id)
                .containsExactly(a, b, c);
        assertThat(tasks.details(b).history())
                .extracting(TaskDetails.History::action)
                .contains(HistoryAction.ARCHIVED, HistoryAction.RESTORED);
        assertThatThrownBy(() -> board.restore(b)).isInstanceOf(TaskConflictException.class);
    }

    @Test
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        long project = fixture.newProject();
        long t = tasks.create(BoardFixture.draft(project, "Original"));
        long seen = board.card(t).version();
        TaskDraft first = BoardFixture.draft(project, "First edit");
        tasks.update(t, seen, first);

        assertThatThrownBy(() -> tasks.update(t, seen, BoardFixture.draft(project, "Second edit")))
                .isInstanceOf(TaskConflictException.class);
        assertThatThrownBy(() -> board.move(t, seen, BoardPlace.top(BoardColumn.WAITING), true))
                .isInstanceOf(TaskConflictException.class);
        TaskDetails now = tasks.details(t);
        assertThat(now.draft().title()).isEqualTo("First edit");
        assertThat(now.card().column()).isEqualTo(BoardColumn.TODO);
        assertThat(now.history()).extracting(TaskDetails.History::action).contains(HistoryAction.EDITED);
    }

    @Test
    void aFullColumnAsksForConfirmationAndRecordsIt() {
        long project = fixture.newProject();
        long t = tasks.create(BoardFixture.draft(project, "Into a full column"));
        long already = tasks.create(BoardFixture.draft(project, "Already waiting"));
        board.move(already, board.card(already).version(), BoardPlace.top(BoardColumn.WAITING), true);
        Integer previous = board.columnInfos().get(BoardColumn.WAITING).wipLimit();
        long count = board.columnInfos().get(BoardColumn.WAITING).count();
        fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(BoardColumn.WAITING, (int) count));
        try {
            long version = board.card(t).version();
            assertThatThrownBy(() -> board.move(t, version, BoardPlace.top(BoardColumn.WAITING), false))
                    .isInstanceOf(WipLimitException.class);
            assertThat(board.card(t).column()).isEqualTo(BoardColumn.TODO);
            board.move(t, version, BoardPlace.top(BoardColumn.WAITING), true);
            assertThat(board.card(t).column()).isEqualTo(BoardColumn.WAITING);
            assertThat(board.columnInfos().get(BoardColumn.WAITING).overLimit()).isTrue();
            assertThat(tasks.details(t).history())
                    .extracting(TaskDetails.History::action)
                    .contains(HistoryAction.OVER_LIMIT);
        } finally {
            fixture.asRun(DemoAccounts.HEAD, () -> board.setWipLimit(BoardColumn.WAITING, previous));
        }
    }

    @Test
    void filtersByProjectAssigneeTypeTextAndOverdue() {
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        long mine =
                tasks.create(BoardFixture.draft(project, "Invoice for hosting").withAssignee(admin));
        long late = tasks.create(new TaskDraft(
                "Late receipts",
                null,
                TaskType.PAPERWORK,
                project,
                null,
                Priority.HIGH,
                LocalDate.now().minusDays(3)));
        BoardFilter base = BoardFilter.NONE.withProject(project);
        assertThat(ids(base)).containsExactlyInAnyOrder(mine, late);
        assertThat(ids(base.withAssignee(admin, false))).containsExactly(mine);
        assertThat(ids(base.withAssignee(null, true))).containsExactly(late);
        assertThat(ids(base.withType(TaskType.PAPERWORK))).containsExactly(late);
        assertThat(ids(base.withText("HOSTING"))).containsExactly(mine);
        assertThat(ids(base.withOverdue(true))).containsExactly(late);
        assertThat(ids(base.withMine(true))).containsExactlyInAnyOrder(mine, late);
        assertThat(ids(base.withColumn(BoardColumn.WAITING))).isEmpty();
        assertThat(board.card(late).overdue()).isTrue();
    }

    @Test
    void staffRequestLandsInToDoAndOnlyTheRequesterMayEditIt() {
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        long t = fixture.as(
                DemoAccounts.STAFF,
                () -> tasks.create(
                        BoardFixture.draft(project, "Please book travel").withAssignee(admin)));
        TaskCard card = board.card(t);
        assertThat(card.column()).isEqualTo(BoardColumn.TODO);
        assertThat(card.assigneeId()).as("staff cannot assign").isNull();
        fixture.asRun(
                DemoAccounts.STAFF,
                () -> tasks.update(t, card.version(), BoardFixture.draft(project, "Please book travel to Oslo")));
        long other = tasks.create(BoardFixture.draft(project, "Admin's own"));
        assertThatThrownBy(() -> fixture.asRun(
                        DemoAccounts.STAFF,
                        () -> tasks.update(other, board.card(other).version(), BoardFixture.draft(project, "hijack"))))
                .isInstanceOf(AccessDeniedException.class);
        board.move(t, board.card(t).version(), BoardPlace.top(BoardColumn.IN_PROGRESS), true);
        assertThatThrownBy(() -> fixture.asRun(
                        DemoAccounts.STAFF,
                        () -> tasks.update(t, board.card(t).version(), BoardFixture.draft(project, "too late"))))
                .as("no longer in To do")
                .isInstanceOf(AccessDeniedException.class);
        fixture.asRun(DemoAccounts.STAFF, () -> tasks.comment(t, "Thanks!"));
        assertThat(tasks.details(t).comments())
                .extracting(TaskDetails.Comment::body)
                .containsExactly("Thanks!");
    }

    @Test
    void theBoardLoadsWithAFixedNumberOfStatements() {
        long project = fixture.newProject();
        long admin = fixture.personId(DemoAccounts.ADMINISTRATOR);
        for (int i = 0; i < 3; i++) {
            long t = tasks.create(BoardFixture.draft(project, "Card " + i).withAssignee(admin));
            tasks.addChecklistItem(t, "step");
        }
        long few = statementsFor(project);
        for (int i = 0; i < 40; i++) {
            long t = tasks.create(BoardFixture.draft(project, "More " + i).withAssignee(admin));
            tasks.addChecklistItem(t, "step");
        }
        long many = statementsFor(project);
        assertThat(board.board(BoardFilter.NONE.withProject(project)).cards(BoardColumn.TODO))
                .hasSize(43);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
    }

    @Test
    void committedChangesAreBroadcastToOpenBoards() throws Exception {
        long project = fixture.newProject();
        long t = tasks.create(BoardFixture.draft(project, "Broadcast me"));
        BlockingQueue<BoardChanged> received = new LinkedBlockingQueue<>();
        Runnable unregister = broadcaster.register(received::add);
        try {
            board.move(t, board.card(t).version(), BoardPlace.top(BoardColumn.WAITING), true);
            BoardChanged event = null;
            for (long end = System.currentTimeMillis() + 2000; System.currentTimeMillis() < end; ) {
                BoardChanged e = received.poll(100, TimeUnit.MILLISECONDS);
                if (e != null && e.taskId() == t) {
                    event = e;
                    break;
                }
            }
            assertThat(event).as("event within 2 s").isNotNull();
            assertThat(event.columns()).containsExactlyInAnyOrder(BoardColumn.TODO, BoardColumn.WAITING);
        } finally {
            unregister.run();
        }
    }

    private long statementsFor(long project) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        board.board(BoardFilter.NONE.withProject(project));
        long count = stats.getPrepareStatementCount();
        stats.setStatisticsEnabled(false);
        return count;
    }

    private List<Long> ids(BoardFilter filter) {
        return board.filteredCards(filter).stream().map(TaskCard::id).toList();
    }
}
