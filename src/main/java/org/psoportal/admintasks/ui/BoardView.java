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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psoportal.admintasks.BoardChanged;
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
import org.psoportal.projects.ProjectService;
import org.psoportal.projects.ProjectSummary;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.ui.Notifications;

/**
 * The admin-task board. The filter lives in the URL (agreed parameters, see {@link BoardFilter}); changes made
 * by others arrive by server push and redraw only the affected columns.
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
    private final Map<BoardColumn, BoardColumnPanel> panels = new EnumMap<>(BoardColumn.class);
    private final BoardFilterBar filterBar;
    private final BoardMover mover;
    private BoardFilter filter = BoardFilter.NONE;
    /** The address asked for the request form ({@link TaskRequests}); it opens once the board is shown. */
    private boolean requestFormAsked;
    /** The card being dragged: the drop may land in another column's grid, which does not know it. */
    private TaskCard dragged;

    private transient Runnable unregister;

    public BoardView(
            BoardService board,
            BoardBroadcaster broadcaster,
            TaskDialogs dialogs,
            ProjectService projects,
            CurrentUser currentUser) {
        this.board = board;
        this.broadcaster = broadcaster;
        this.dialogs = dialogs;
        this.projects = projects;
        this.mover = new BoardMover(board, this, this::refreshColumns, this::focusCard);
        addClassName("pso-view");
        addClassName("pso-board-view");
        setSizeFull();
        boolean manager = currentUser.isManager();

        Button create = new Button(
                getTranslation(manager ? "board.new" : "board.request"), VaadinIcon.PLUS.create(), e -> openNewTask());
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
        Div header = new Div(new H1(getTranslation("board.title")), actions);
        header.addClassName("pso-board-header");

        filterBar = new BoardFilterBar(this::projectsMatching, this::project, dialogs.assignees(), this::applyFilter);
        Div columns = new Div();
        columns.addClassName("pso-board");
        for (BoardColumn c : BoardColumn.values()) {
            BoardColumnPanel panel = new BoardColumnPanel(c, manager, this);
            panels.put(c, panel);
            columns.add(panel);
        }
        add(header, filterBar, columns);
        setFlexGrow(1, columns);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        filter = BoardFilter.fromQuery(parameters);
        requestFormAsked = TaskRequests.opensRequestForm(parameters);
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
                .replaceState(null, new Location(TaskRequests.BOARD, QueryParameters.simple(filter.toQuery()))));
    }

    private void reloadAll() {
        BoardSnapshot snapshot = board.board(filter);
        panels.forEach((c, panel) -> {
            panel.setFiltered(filter.activeCount() > 0);
            panel.showInfo(snapshot.columns().get(c));
            panel.showCards(snapshot.cards(c));
        });
    }

    /** Redraws the given columns' cards and every column's header (counts change with any move). */
    void refreshColumns(Set<BoardColumn> columns) {
        Map<BoardColumn, ColumnInfo> infos = board.columnInfos();
        panels.forEach((c, panel) -> panel.showInfo(infos.get(c)));
        for (BoardColumn c : columns) {
            boolean shown = filter.column() == null || filter.column() == c;
            panels.get(c).showCards(shown ? board.filteredCards(filter.withColumn(c)) : List.of());
        }
    }

    /**
     * Someone else's changes (coalesced by the broadcaster). A board showing one project ignores changes of other
     * projects: in a large organisation those are most of them, and re-reading the board for each would cost every
     * open board a query per move anywhere (its column counts catch up with its next refresh).
     */
    private void onRemoteChange(BoardChanged event) {
        Set<BoardColumn> showingIt = EnumSet.noneOf(BoardColumn.class);
        panels.values().stream()
                .filter(p -> p.cards().stream().anyMatch(c -> c.id() == event.taskId()))
                .forEach(p -> showingIt.add(p.column()));
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
        List<TaskCard> cards = panels.get(card.column()).cards();
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

    @Override
    public void dropped(BoardPlace place) {
        TaskCard card = dragged;
        dragged = null;
        if (card != null && !(place.anchorTaskId() != null && place.anchorTaskId() == card.id())) {
            mover.move(card, place, false);
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
                const selector = '#cards-' + $1 + ' .pso-card[data-card-id="' + $0 + '"] button.pso-card-menu';
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
                """, String.valueOf(taskId), column.name());
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
