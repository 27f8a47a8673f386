package org.psoportal.admintasks.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.CardClock;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.audit.SqlChangeAudit;
import org.psoportal.security.Access;
import org.psoportal.security.AccessRefusals;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.Labels;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board: reading it (a fixed number of statements whatever the number of cards), moving cards between and
 * within columns, archiving, WIP limits and the archive search. Positions are sparse ({@link BoardPositions}): a
 * move writes one row.
 */
@Service
@PreAuthorize(Access.SIGNED_IN)
public class BoardService {

    /** Done cards stay on the board this long, then only the archive shows them. */
    public static final Duration DONE_VISIBLE = Duration.ofDays(14);

    private final AdminTaskRepository tasks;
    private final BoardColumnStateRepository columnStates;
    private final BoardPositions positions;
    private final CardAssembler assembler;
    private final TaskHistory history;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SqlChangeAudit sqlChanges;
    /** Moves run at READ COMMITTED, so each sees the positions the previous move committed. */
    private final TransactionTemplate moves;

    private final MeterRegistry meters;
    /** A request's type and answers (the request catalogue): found by the text filter, exported as columns. */
    private final ObjectProvider<TaskExtras> extras;

    BoardService(
            AdminTaskRepository tasks,
            BoardColumnStateRepository columnStates,
            BoardPositions positions,
            CardAssembler assembler,
            TaskHistory history,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            SqlChangeAudit sqlChanges,
            PlatformTransactionManager transactions,
            MeterRegistry meters,
            ObjectProvider<TaskExtras> extras) {
        this.tasks = tasks;
        this.columnStates = columnStates;
        this.positions = positions;
        this.assembler = assembler;
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.sqlChanges = sqlChanges;
        this.moves = new TransactionTemplate(transactions);
        this.moves.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.meters = meters;
        this.extras = extras;
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public BoardSnapshot board(BoardFilter filter) {
        Map<BoardColumn, List<TaskCard>> byColumn = new EnumMap<>(BoardColumn.class);
        for (BoardColumn c : BoardColumn.values()) {
            byColumn.put(c, new ArrayList<>());
        }
        for (TaskCard card : filteredCards(filter)) {
            byColumn.get(card.column()).add(card);
        }
        return new BoardSnapshot(byColumn, columnInfos());
    }

    /** The cards of the filter, in column and position order (also what the CSV export holds). */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public List<TaskCard> filteredCards(BoardFilter filter) {
        Long mineId = filter.mine() ? currentUser.personId() : null;
        LocalDate today = LocalDate.now(clock);
        LocalDate overdueBefore = filter.overdue() ? today : null;
        List<Long> alsoIds = alsoMatching(filter.text());
        List<CardRow> rows = alsoIds.isEmpty()
                ? tasks.findBoard(
                        doneSince(),
                        filter.projectId(),
                        filter.unassigned(),
                        filter.assigneeId(),
                        filter.type(),
                        mineId,
                        overdueBefore,
                        filter.likePattern(),
                        filter.column())
                : tasks.findBoardOrAlso(
                        doneSince(),
                        filter.projectId(),
                        filter.unassigned(),
                        filter.assigneeId(),
                        filter.type(),
                        mineId,
                        overdueBefore,
                        filter.likePattern(),
                        alsoIds,
                        filter.column());
        Comparator<TaskCard> order = Comparator.comparing(TaskCard::column);
        if (filter.byTimeLeft()) {
            order = order.thenComparing(BoardService::timeLeft, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return assembler.cards(rows, today).stream()
                .filter(filter::admits)
                .sorted(order.thenComparingLong(TaskCard::position).thenComparingLong(TaskCard::id))
                .toList();
    }

    /** Working minutes left on the card's running or paused clock; null without one (or once stopped). */
    private static Long timeLeft(TaskCard card) {
        return card.clock() == null || card.clock().state() == CardClock.State.STOPPED
                ? null
                : card.clock().leftMinutes();
    }

    /** The filtered tasks as CSV (what the board shows, in column order, in the words of {@code labels}). */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public String csv(BoardFilter filter, Labels labels) {
        List<TaskCard> cards = filteredCards(filter);
        List<Long> ids = cards.stream().map(TaskCard::id).toList();
        TaskExtras x = extras();
        return BoardCsv.write(cards, labels, x.typeLabels(ids), x.answers(ids));
    }

    private TaskExtras extras() {
        return extras.getIfAvailable(() -> TaskExtras.NONE);
    }

    /** The cards whose extras (a request's answers) hold the text of the filter; none without a text filter. */
    private List<Long> alsoMatching(String text) {
        return text == null ? List.of() : List.copyOf(extras().tasksMatching(text));
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public Map<BoardColumn, ColumnInfo> columnInfos() {
        Map<BoardColumn, Long> counts = new EnumMap<>(BoardColumn.class);
        for (Object[] row : tasks.countByColumn(doneSince())) {
            counts.put((BoardColumn) row[0], (Long) row[1]);
        }
        Map<BoardColumn, ColumnInfo> infos = new EnumMap<>(BoardColumn.class);
        for (BoardColumnState s : columnStates.findAll()) {
            infos.put(
                    s.getColumn(),
                    new ColumnInfo(s.getColumn(), counts.getOrDefault(s.getColumn(), 0L), s.getWipLimit()));
        }
        return infos;
    }

    /**
     * Moves a card to {@code place}. A move into another column needs the version the caller saw; reordering within
     * a column does not change the card itself and so never conflicts with someone editing it. The move writes
     * only the card's own row, so moves in different places of the organisation never wait for each other; when
     * the gap at the place is used up, the column is respaced in a transaction of its own and the move retried.
     */
    @PreAuthorize(Access.MANAGERS)
    public void move(long taskId, long expectedVersion, BoardPlace place, boolean confirmOverLimit) {
        Actor actor = Actor.of(currentUser);
        if (!BoardRules.mayMove(actor)) {
            throw AccessRefusals.refuse("task (move)", taskId);
        }
        for (int attempt = 0; ; attempt++) {
            boolean moved = Boolean.TRUE.equals(
                    moves.execute(tx -> moveOnce(actor, taskId, expectedVersion, place, confirmOverLimit)));
            if (moved) {
                // metric pso.board.moves{column} (docs/operations.md, "Metrics")
                meters.counter(
                                "pso.board.moves",
                                "column",
                                place.column().name().toLowerCase(Locale.ROOT))
                        .increment();
                return;
            }
            if (attempt == 2) {
                throw new TaskConflictException(taskId, card(taskId).title());
            }
            moves.executeWithoutResult(tx -> positions.respace(place.column()));
        }
    }

    /** One attempt; false when the column must be respaced first (nothing was written then). */
    private boolean moveOnce(
            Actor actor, long taskId, long expectedVersion, BoardPlace place, boolean confirmOverLimit) {
        BoardColumn target = place.column();
        BoardColumn from = positions.columnOf(taskId);
        positions.lockShared(EnumSet.of(from, target));
        positions.lockCard(taskId);
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        if (task.getArchivedAt() != null
                || task.getColumn() != from
                || (from != target && task.getVersion() != expectedVersion)) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        if (place.anchorTaskId() != null && place.anchorTaskId() == taskId) {
            return true; // before or after itself: it is there already
        }
        OptionalLong position;
        try {
            position = positions.positionFor(place, taskId);
        } catch (TaskConflictException anchorGone) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        if (position.isEmpty()) {
            return false;
        }
        int placeBefore = from == target ? positions.placeOf(taskId) : 0;
        if (from != target) {
            ColumnInfo info = new ColumnInfo(
                    target,
                    tasks.countInColumn(doneSince(), target),
                    columnStates
                            .findById(target)
                            .map(BoardColumnState::getWipLimit)
                            .orElse(null));
            if (BoardRules.wouldExceed(info.wipLimit(), info.count(), false)) {
                if (!confirmOverLimit) {
                    throw new WipLimitException(target, info.count(), info.wipLimit());
                }
                history.record(
                        taskId,
                        actor.personId(),
                        HistoryAction.OVER_LIMIT,
                        target.name() + " " + (info.count() + 1) + "/" + info.wipLimit());
            }
            task.moveTo(target, clock.instant());
            save(task);
            history.record(taskId, actor.personId(), HistoryAction.MOVED, from.name() + ">" + target.name());
        }
        positions.write(taskId, position.getAsLong());
        if (from == target) {
            int placeAfter = positions.placeOf(taskId);
            if (placeBefore != placeAfter) {
                sqlChanges.taskReordered(taskId, target.name(), placeBefore, placeAfter);
            }
        }
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), EnumSet.of(from, target)));
        if (from != target) {
            events.publishEvent(TaskActivities.moved(task, from, actor.personId()));
        }
        return true;
    }

    @PreAuthorize(Access.MANAGERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void archive(long taskId, long expectedVersion) {
        Actor actor = Actor.of(currentUser);
        if (!BoardRules.mayArchive(actor)) {
            throw AccessRefusals.refuse("task (archive)", taskId);
        }
        BoardColumn column = positions.columnOf(taskId);
        positions.lockCard(taskId);
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        if (task.getVersion() != expectedVersion || task.getArchivedAt() != null) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        task.archive(clock.instant());
        save(task); // its position no longer counts: sparse positions need no renumbering
        history.record(taskId, actor.personId(), HistoryAction.ARCHIVED, column.name());
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(column)));
    }

    /**
     * Puts an archived task back on the board, in its column at the place it had (the undo of {@link #archive}, and
     * the archive's "Restore"). Whoever may archive may restore; no version is needed, as a restore loses nothing
     * anyone changed meanwhile. A task that is not archived (restored by someone else already) is a conflict.
     */
    @PreAuthorize(Access.MANAGERS)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void restore(long taskId) {
        Actor actor = Actor.of(currentUser);
        if (!BoardRules.mayArchive(actor)) {
            throw AccessRefusals.refuse("task (restore)", taskId);
        }
        BoardColumn column = positions.columnOf(taskId);
        positions.lockCard(taskId);
        AdminTask task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("task", taskId));
        if (task.getArchivedAt() == null) {
            throw new TaskConflictException(taskId, task.getTitle());
        }
        task.restore(clock.instant());
        save(task);
        history.record(taskId, actor.personId(), HistoryAction.RESTORED, column.name());
        events.publishEvent(new BoardChanged(taskId, task.getProjectId(), Set.of(column)));
    }

    @PreAuthorize(Access.HEAD_ONLY)
    @Transactional
    public void setWipLimit(BoardColumn column, Integer limit) {
        if (!BoardRules.maySetWipLimits(Actor.of(currentUser))) {
            throw AccessRefusals.refuse("WIP limit", column);
        }
        if (limit != null && (limit < 1 || limit > 999)) {
            throw new UserMessageException("board.wip.invalid");
        }
        BoardColumnState state = columnStates.findById(column).orElseGet(() -> new BoardColumnState(column, null));
        state.setWipLimit(limit);
        columnStates.save(state);
        events.publishEvent(new BoardChanged(0, Set.of(column)));
    }

    /** Archived cards and Done cards older than 14 days, newest first, searchable by text. */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public List<TaskCard> archived(String text, Pageable page) {
        String q = BoardFilter.NONE.withText(text).likePattern();
        return assembler.cards(tasks.findArchived(doneSince(), q, page), LocalDate.now(clock));
    }

    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public long archivedCount(String text) {
        return tasks.countArchived(doneSince(), BoardFilter.NONE.withText(text).likePattern());
    }

    /** One card as it is now (after a push notice, or to show the current state after a conflict). */
    @PreAuthorize(Access.BOARD_VIEWERS)
    @Transactional(readOnly = true)
    public TaskCard card(long taskId) {
        return assembler.cards(tasks.findCard(taskId), LocalDate.now(clock)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("task", taskId));
    }

    private void save(AdminTask task) {
        try {
            tasks.saveAndFlush(task);
        } catch (OptimisticLockingFailureException | PessimisticLockingFailureException e) {
            // A stale version, or MariaDB chose this transaction as a deadlock or lock-timeout victim: either way
            // someone else changed the card first, and nothing of this change was written.
            throw new TaskConflictException(task.getId(), task.getTitle());
        }
    }

    private Instant doneSince() {
        return clock.instant().minus(DONE_VISIBLE);
    }
}
