package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.psoportal.admintasks.BoardChanged;
import org.psoportal.admintasks.TaskExtras;
import org.psoportal.admintasks.TaskRequests;
import org.psoportal.admintasks.internal.BoardBroadcaster;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardFilter;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.BoardSnapshot;
import org.psoportal.admintasks.internal.ColumnInfo;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskConflictException;
import org.psoportal.admintasks.internal.TaskDetails;
import org.psoportal.admintasks.internal.TaskService;
import org.psoportal.people.PersonSummary;
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * The admin-task board. The filter lives in the URL (agreed parameters, see {@link BoardFilter}); changes made
 * by others arrive by server push and redraw only the affected columns.
 *
 * <p>Swimlanes ({@link BoardGrouping}, {@code lanes=} in the URL) group the cards by project, assignee or request
 * type into bands, each with the four columns; the columns' headers (counts, WIP limits) stay once at the top, for
 * the whole board. The lanes are computed from the cards the board reads anyway ({@link BoardLanes}), so the board
 * still loads with a fixed number of statements.
 */
@Route("board")
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMINISTRATOR, Role.Names.HEAD})
@Menu(title = "nav.board", order = 10, icon = "vaadin:clipboard-check")
public class BoardView extends VerticalLayout
        implements BeforeEnterObserver, AfterNavigationObserver, HasDynamicTitle, BoardCardActions {

    private final transient BoardService board;
    private final transient BoardBroadcaster broadcaster;
    private final transient TaskDialogs dialogs;
    private final transient ProjectService projects;
    private final transient TaskService tasks;
    /** The request catalogue's names for the lanes by request type, when a module provides them. */
    private final transient ObjectProvider<TaskExtras> extras;

    private final Map<BoardColumn, BoardColumnPanel> panels = new EnumMap<>(BoardColumn.class);
    private final Div columns = new Div();
    private final Div lanesArea = new Div();
    private final Select<BoardGrouping> groupBy = new Select<>();
    /** The lanes, by key, in the board's order. */
    private final Map<String, BoardLanePanel> lanePanels = new LinkedHashMap<>();
    /** The lanes the user folded (by key), kept while the board is open, also across redraws. */
    private final Set<String> folded = new HashSet<>();
    /** Names for the lanes, learnt as cards arrive (the lane functions read these maps). */
    private final Map<Long, String> projectLabels = new HashMap<>();

    private final Map<Long, String> typeLabels = new HashMap<>();
    private final List<PersonSummary> assignees;
    private final boolean manager;
    private BoardGrouping grouping = BoardGrouping.NONE;
    /** The lanes shown; null without lanes. */
    private BoardLanes lanes;

    private final BoardFilterBar filterBar;
    private final BoardMover mover;
    private BoardFilter filter = BoardFilter.NONE;
    /** The address asked for the request form ({@link TaskRequests}); it opens once the board is shown. */
    private boolean requestFormAsked;
    /** The task whose dialog the address asked for ({@code board?task=12}, a notification's link). */
    private Long taskAsked;
    /** The card being dragged: the drop may land in another column's grid, which does not know it. */
    private TaskCard dragged;

    private transient Runnable unregister;

    public BoardView(
            BoardService board,
            BoardBroadcaster broadcaster,
            TaskDialogs dialogs,
            ProjectService projects,
            TaskService tasks,
            ObjectProvider<TaskExtras> extras,
            CurrentUser currentUser) {
        this.board = board;
        this.broadcaster = broadcaster;
        this.dialogs = dialogs;
        this.projects = projects;
        this.tasks = tasks;
        this.extras = extras;
        this.mover = new BoardMover(board, this, this::refreshColumns, this::focusCard);
        addClassName("pso-view");
        addClassName("pso-board-view");
        setSizeFull();
        manager = currentUser.isManager();
        assignees = dialogs.assignees();

        Button create = new Button(
                getTranslation(manager ? "board.new" : "board.request"),
                VaadinIcon.PLUS.create(),
                e -> requestOrCreate(manager));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-task");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] csv = board.csv(filter, this::getTranslation).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(csv), "board.csv", "text/csv", csv.length);
                }),
                getTranslation("board.export"));
        export.setId("export-csv");
        RouterLink archive = new RouterLink(getTranslation("board.archiveLink"), BoardArchiveView.class);
        Div actions = new Div(create, export, archive);
        actions.addClassName("pso-board-actions");
        if (currentUser.hasRole(Role.HEAD)) {
            Button wip = new Button(
                    getTranslation("board.wip.edit"),
                    VaadinIcon.SLIDERS.create(),
                    e -> new WipLimitsDialog(board, () -> refreshColumns(Set.of())).open());
            wip.setId("wip-limits");
            actions.add(wip);
        }
        groupBy.setId("board-lanes");
        groupBy.setAriaLabel(getTranslation("board.lanes.groupBy"));
        groupBy.setPrefixComponent(new Span(getTranslation("board.lanes.groupBy") + ":"));
        groupBy.setItems(BoardGrouping.values());
        groupBy.setItemLabelGenerator(g -> getTranslation(g.labelKey()));
        groupBy.setValue(BoardGrouping.NONE);
        groupBy.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != grouping) {
                grouping = e.getValue();
                showFilterInAddress();
                reloadAll();
            }
        });
        actions.add(groupBy);
        Div header = new Div(new H1(getTranslation("board.title")), actions);
        header.addClassName("pso-board-header");

        filterBar = new BoardFilterBar(this::projectsMatching, this::project, assignees, this::applyFilter);
        columns.addClassName("pso-board");
        for (BoardColumn c : BoardColumn.values()) {
            BoardColumnPanel panel = new BoardColumnPanel(c, manager, this);
            panels.put(c, panel);
            columns.add(panel);
        }
        lanesArea.addClassName("pso-board-lanes");
        lanesArea.setId("board-lanes-area");
        lanesArea.setVisible(false);
        add(header, filterBar, columns, lanesArea);
        setFlexGrow(1, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        filter = BoardFilter.fromQuery(parameters);
        grouping = BoardGrouping.fromQuery(parameters);
        groupBy.setValue(grouping);
        requestFormAsked = TaskRequests.opensRequestForm(parameters);
        taskAsked = TaskRequests.taskToOpen(parameters);
        filterBar.show(filter);
        reloadAll();
    }

    /**
     * Opened from "Request admin work" (home, overview): the request form opens at once, and the address loses its
     * {@code request=new}, so a reload or a bookmark shows the board, not a second form.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (requestFormAsked) {
            requestFormAsked = false;
            showFilterInAddress();
            openNewTask();
        } else if (taskAsked != null) {
            long taskId = taskAsked;
            taskAsked = null;
            showFilterInAddress();
            openTask(taskId);
        }
    }

    /** Opens a task by id (from a link): a task that is gone, or that the caller may not see, gets the usual message. */
    private void openTask(long taskId) {
        try {
            dialogs.open(taskId, () -> refreshColumns(EnumSet.allOf(BoardColumn.class)));
        } catch (NotFoundException e) {
            Notifications.error(Notifications.text(e));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied"));
        }
    }

    /** Staff request help through the request catalogue; managers create a card here. */
    private void requestOrCreate(boolean manager) {
        if (manager) {
            openNewTask();
        } else {
            getUI().ifPresent(ui -> ui.navigate(TaskRequests.HELP));
        }
    }

    /** Staff request a task, managers create one: the same form, its card lands in To do. */
    private void openNewTask() {
        dialogs.openNew(() -> refreshColumns(EnumSet.of(BoardColumn.TODO)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

    /** All projects, closed ones too (filters look at past work), whose label contains the text. */
    private List<ProjectSummary> projectsMatching(String text) {
        String lower = text.toLowerCase(getLocale());
        return projects.allProjects().stream()
                .filter(p -> p.label().toLowerCase(getLocale()).contains(lower))
                .toList();
    }

    private ProjectSummary project(Long id) {
        return projects.summaries(List.of(id)).get(id);
    }

    private void applyFilter(BoardFilter f) {
        filter = f;
        showFilterInAddress();
        reloadAll();
    }

    private void showFilterInAddress() {
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(TaskRequests.BOARD, QueryParameters.simple(grouping.addTo(filter.toQuery())))));
    }

    private void reloadAll() {
        BoardSnapshot snapshot = board.board(filter);
        boolean laned = grouping != BoardGrouping.NONE;
        panels.forEach((c, panel) -> {
            panel.setFiltered(filter.activeCount() > 0);
            panel.showInfo(snapshot.columns().get(c));
            if (!laned) {
                panel.showCards(snapshot.cards(c));
            }
        });
        if (laned) {
            showLanes(snapshot.cards());
        } else {
            lanes = null;
            lanePanels.clear();
            lanesArea.removeAll();
        }
        columns.setClassName("pso-board-laned", laned);
        lanesArea.setVisible(laned);
        setFlexGrow(laned ? 0 : 1, columns);
        setFlexGrow(laned ? 1 : 0, lanesArea);
    }

    /** Redraws the given columns' cards and every column's header (counts change with any move). */
    void refreshColumns(Set<BoardColumn> columns) {
        Map<BoardColumn, ColumnInfo> infos = board.columnInfos();
        panels.forEach((c, panel) -> panel.showInfo(infos.get(c)));
        Map<BoardColumn, List<TaskCard>> fresh = new EnumMap<>(BoardColumn.class);
        for (BoardColumn c : columns) {
            boolean shown = filter.column() == null || filter.column() == c;
            fresh.put(c, shown ? board.filteredCards(filter.withColumn(c)) : List.of());
        }
        if (lanes == null) {
            fresh.forEach((c, cards) -> panels.get(c).showCards(cards));
            return;
        }
        learnLaneNames(fresh.values().stream().flatMap(List::stream).toList());
        for (Map.Entry<BoardColumn, List<TaskCard>> e : fresh.entrySet()) {
            if (!showInLanes(e.getKey(), e.getValue())) {
                // a card now belongs to a lane the board does not have (a new assignee, project or type)
                reloadAll();
                return;
            }
        }
    }

    // ------------------------------------------------------------------ swimlanes

    /** Makes the lanes again from the whole board's cards (a new grouping, filter or lane). */
    private void showLanes(Map<BoardColumn, List<TaskCard>> byColumn) {
        List<TaskCard> all = byColumn.values().stream().flatMap(List::stream).toList();
        learnLaneNames(all);
        lanes = BoardLanes.of(
                all,
                laneFunction(),
                alwaysShownLanes(),
                BoardLanes.order(getLocale()),
                n -> new BoardLane(
                        grouping, "rest", getTranslation("board.lanes.rest." + grouping.name(), n), null, true));
        lanesArea.removeAll();
        lanePanels.clear();
        for (BoardLane lane : lanes.lanes()) {
            BoardLanePanel panel = new BoardLanePanel(lane, !folded.contains(lane.key()), manager, this, open -> {
                if (open) {
                    folded.remove(lane.key());
                } else {
                    folded.add(lane.key());
                }
            });
            lanePanels.put(lane.key(), panel);
            lanesArea.add(panel);
        }
        if (lanePanels.isEmpty()) {
            Span none = new Span(getTranslation("board.lanes.none"));
            none.addClassName("pso-lanes-none");
            lanesArea.add(none);
        }
        for (BoardColumn c : BoardColumn.values()) {
            showInLanes(c, byColumn.getOrDefault(c, List.of()));
        }
    }

    /** Puts a column's cards into their lanes; false when one belongs to a lane the board does not have. */
    private boolean showInLanes(BoardColumn column, List<TaskCard> cards) {
        Optional<Map<String, List<TaskCard>>> parts = lanes.split(cards);
        if (parts.isEmpty()) {
            return false;
        }
        lanePanels.forEach((key, lane) -> lane.showCards(column, parts.get().getOrDefault(key, List.of())));
        panels.get(column).showHeaderOnly(cards.size());
        return true;
    }

    /** Which lane a card belongs to, by the current grouping (reads the names learnt so far). */
    private Function<TaskCard, BoardLane> laneFunction() {
        return switch (grouping) {
            case PROJECT -> BoardLanes.byProject(projectLabels);
            case ASSIGNEE -> BoardLanes.byAssignee(getTranslation("board.filter.unassigned"));
            case TYPE -> BoardLanes.byType(typeLabels, t -> getTranslation(t.labelKey()));
            case NONE -> throw new IllegalStateException("no lanes");
        };
    }

    /**
     * The names the lanes of these cards need and the cards do not carry: projects' names (one query, for the
     * projects not seen yet) or the request catalogue's type names (one query, if a module provides them).
     */
    private void learnLaneNames(Collection<TaskCard> cards) {
        if (grouping == BoardGrouping.PROJECT) {
            Set<Long> unknown = new HashSet<>();
            cards.forEach(c -> {
                if (!projectLabels.containsKey(c.projectId())) {
                    unknown.add(c.projectId());
                }
            });
            if (!unknown.isEmpty()) {
                projects.summaries(unknown).forEach((id, p) -> projectLabels.put(id, p.label()));
            }
        } else if (grouping == BoardGrouping.TYPE && !cards.isEmpty()) {
            TaskExtras catalogue = extras.getIfUnique();
            if (catalogue != null) {
                List<Long> ids = cards.stream().map(TaskCard::id).toList();
                ids.forEach(typeLabels::remove); // a task's request type may have changed
                typeLabels.putAll(catalogue.typeLabels(ids));
            }
        }
    }

    /**
     * Lanes by assignee show every administrator (and Unassigned), with cards or not, so a card can be dropped to
     * anyone; unless the filter picks an assignee, when the other lanes could only be empty.
     */
    private List<BoardLane> alwaysShownLanes() {
        if (grouping != BoardGrouping.ASSIGNEE || filter.assigneeId() != null || filter.unassigned() || filter.mine()) {
            return List.of();
        }
        return assigneeLanes();
    }

    /** Unassigned and every administrator a task may be given to. */
    private List<BoardLane> assigneeLanes() {
        List<BoardLane> all = new ArrayList<>();
        all.add(BoardLanes.assigneeLane(null, getTranslation("board.filter.unassigned")));
        assignees.forEach(p -> all.add(BoardLanes.assigneeLane(p.id(), p.fullName())));
        all.sort(BoardLanes.order(getLocale()));
        return all;
    }

    @Override
    public List<BoardLane> laneTargets() {
        return grouping == BoardGrouping.ASSIGNEE ? assigneeLanes() : List.of();
    }

    /** "Move to lane…" (lanes by assignee): gives the card to the lane's person; it stays in its column. */
    @Override
    public void moveToLane(TaskCard card, BoardLane target) {
        if (!target.reassigns() || Objects.equals(target.personId(), card.assigneeId())) {
            return;
        }
        reassign(card, target).ifPresent(updated -> {
            refreshColumns(EnumSet.of(card.column()));
            focusCard(card.id(), card.column());
        });
    }

    /**
     * Gives the card to the lane's person through the task's own rules ({@link TaskService#update} with the version
     * the user saw: a card changed meanwhile is a conflict, with the usual message; only an active administrator
     * can be assigned). Returns the card as it is then, or nothing if refused.
     */
    private Optional<TaskCard> reassign(TaskCard card, BoardLane target) {
        try {
            TaskDetails current = tasks.details(card.id());
            if (!current.mayAssign() || !current.mayReadDetails()) {
                // without the whole task (need to know) a save would lose what the caller cannot see
                Notifications.error(getTranslation("board.lanes.mayNotAssign"));
                return Optional.empty();
            }
            TaskDetails after =
                    tasks.update(card.id(), card.version(), current.draft().withAssignee(target.personId()));
            Notifications.success(
                    target.personId() == null
                            ? getTranslation("board.lanes.unassignedNote", card.title())
                            : getTranslation("board.lanes.reassigned", card.title(), target.label()));
            return Optional.of(after.card());
        } catch (UserMessageException e) { // a conflict, a task gone, someone no longer an administrator
            Notifications.error(Notifications.text(e));
            refreshColumns(EnumSet.allOf(BoardColumn.class));
            return Optional.empty();
        }
    }

    /** The cards shown beside this one (its column, or its lane's part of the column). */
    private List<TaskCard> neighbours(TaskCard card) {
        if (lanes == null) {
            return panels.get(card.column()).cards();
        }
        return lanes.laneOf(card)
                .map(l -> lanePanels.get(l.key()))
                .map(p -> p.cards(card.column()))
                .orElse(List.of());
    }

    /** The id of the grid that shows the card in that column (its lane's, on a board with lanes). */
    private String gridShowing(long taskId, BoardColumn column) {
        for (BoardLanePanel lane : lanePanels.values()) {
            if (lane.cards(column).stream().anyMatch(c -> c.id() == taskId)) {
                return "cards-" + column.name() + "-" + lane.lane().key();
            }
        }
        return "cards-" + column.name();
    }

    /** The columns in which this board shows the task (in any lane, open or folded). */
    private Set<BoardColumn> columnsShowing(long taskId) {
        Set<BoardColumn> showing = EnumSet.noneOf(BoardColumn.class);
        if (lanes == null) {
            panels.values().stream()
                    .filter(p -> p.cards().stream().anyMatch(c -> c.id() == taskId))
                    .forEach(p -> showing.add(p.column()));
        } else {
            for (BoardLanePanel lane : lanePanels.values()) {
                for (BoardColumn c : BoardColumn.values()) {
                    if (lane.cards(c).stream().anyMatch(card -> card.id() == taskId)) {
                        showing.add(c);
                    }
                }
            }
        }
        return showing;
    }

    /**
     * Someone else's changes (coalesced by the broadcaster). A board showing one project ignores changes of other
     * projects: in a large organisation those are most of them, and re-reading the board for each would cost every
     * open board a query per move anywhere (its column counts catch up with its next refresh).
     */
    private void onRemoteChange(BoardChanged event) {
        Set<BoardColumn> showingIt = columnsShowing(event.taskId());
        if (showingIt.isEmpty() && !event.concerns(filter.projectId())) {
            return;
        }
        Set<BoardColumn> columns = EnumSet.copyOf(showingIt);
        columns.addAll(event.columns());
        refreshColumns(columns);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        Runnable[] release = new Runnable[1];
        release[0] = broadcaster.register(event -> {
            if (ui.isClosing() || ui.getSession() == null) {
                // the session ended without detaching this view (e.g. invalidated elsewhere): let go
                release[0].run();
                return;
            }
            ui.access(() -> onRemoteChange(event));
        });
        unregister = release[0];
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unregister != null) {
            unregister.run();
        }
    }

    @Override
    public void open(TaskCard card) {
        dialogs.open(card.id(), () -> refreshColumns(EnumSet.allOf(BoardColumn.class)));
    }

    @Override
    public void move(TaskCard card, BoardColumn target) {
        mover.move(card, BoardPlace.top(target), true);
    }

    /** Up and down pass the neighbouring visible card (the column's hidden cards keep their places). */
    @Override
    public void moveBy(TaskCard card, int delta) {
        List<TaskCard> cards = neighbours(card);
        int i = cards.stream().map(TaskCard::id).toList().indexOf(card.id());
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < cards.size()) {
            long neighbour = cards.get(j).id();
            mover.move(
                    card,
                    delta < 0
                            ? BoardPlace.before(card.column(), neighbour)
                            : BoardPlace.after(card.column(), neighbour),
                    true);
        }
    }

    @Override
    public void dragStarted(TaskCard card) {
        dragged = card;
    }

    /**
     * A drop moves the card to the column (as without lanes). Into another person's lane (lanes by assignee) it
     * also gives the card to that person: first the reassignment, with the version the user saw (a conflict
     * changes nothing), then the move with the card as it is then (a move into a full column still asks; saying no
     * keeps the new assignee, which its note has announced). Lanes by project or request type do not change a
     * card's project or type by a drop: those are decisions about the request itself (who may see it, which form it
     * has), made in the task's dialog, not by a slip of the mouse. Such a drop moves the card only to the column,
     * in its own lane, and a note says so: nothing changes silently, and nothing unexpected.
     */
    @Override
    public void dropped(BoardPlace place, BoardLane lane) {
        TaskCard card = dragged;
        dragged = null;
        if (card == null || (place.anchorTaskId() != null && place.anchorTaskId() == card.id())) {
            return;
        }
        BoardLane from = lanes == null ? null : lanes.laneOf(card).orElse(null);
        if (lane == null || from == null || from.key().equals(lane.key())) {
            mover.move(card, place, false);
        } else if (lane.reassigns()) {
            if (Objects.equals(lane.personId(), card.assigneeId())) {
                mover.move(card, place, false); // from the lane of the rest into its own person's
                return;
            }
            reassign(card, lane).ifPresent(updated -> {
                if (place.column() != card.column() || place.anchorTaskId() != null) {
                    mover.move(updated, place, false);
                } else {
                    refreshColumns(EnumSet.of(card.column()));
                }
            });
        } else {
            if (place.column() != card.column()) {
                mover.move(card, place, false);
            }
            Notification note = Notification.show(
                    getTranslation("board.lanes.staysInLane." + grouping.name(), card.title(), from.label()),
                    6000,
                    Notification.Position.BOTTOM_START);
            note.addClassName("pso-lane-note");
        }
    }

    @Override
    public void dragEnded() {
        dragged = null;
    }

    /**
     * Puts the focus on the card's menu button in its new place, once the browser has drawn the column again and
     * the closed menu has given back the focus (to the row it was opened on, which now shows another card). The
     * script retries for up to two seconds and stops as soon as the focus has stayed on the card for a moment.
     */
    private void focusCard(long taskId, BoardColumn column) {
        getElement().executeJs("""
                const selector = '#' + $1 + ' .pso-card[data-card-id="' + $0 + '"] button.pso-card-menu';
                let tries = 0, settled = 0;
                const step = () => {
                  const button = document.querySelector(selector);
                  if (button && button.closest('.pso-card').contains(document.activeElement)) {
                    settled++;
                  } else if (button) {
                    button.focus();
                    settled = 0;
                  }
                  if (settled < 3 && ++tries < 40) {
                    setTimeout(step, 50);
                  }
                };
                step();
                """, String.valueOf(taskId), gridShowing(taskId, column));
    }

    /** Asks first (the card leaves the board), then offers to undo. */
    @Override
    public void archive(TaskCard card) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("archive-confirm");
        confirm.setHeader(getTranslation("board.archive.confirmTitle", card.title()));
        confirm.setText(getTranslation("board.archive.confirmText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("board.archive.keep"));
        confirm.setConfirmText(getTranslation("board.archive.confirm"));
        confirm.addConfirmListener(e -> archiveConfirmed(card));
        confirm.open();
    }

    private void archiveConfirmed(TaskCard card) {
        try {
            board.archive(card.id(), card.version());
            Notifications.undoable(
                    getTranslation("board.archived", card.title()),
                    getTranslation("board.archive.undo"),
                    () -> restore(card));
        } catch (TaskConflictException | NotFoundException e) {
            Notifications.error(Notifications.text(e));
        }
        refreshColumns(EnumSet.of(card.column()));
    }

    private void restore(TaskCard card) {
        try {
            board.restore(card.id());
            Notifications.success(getTranslation("board.restored", card.title()));
        } catch (TaskConflictException | NotFoundException e) {
            Notifications.error(Notifications.text(e));
        }
        refreshColumns(EnumSet.of(card.column()));
    }
}
