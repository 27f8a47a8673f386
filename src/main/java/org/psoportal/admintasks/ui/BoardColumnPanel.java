package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.ColumnInfo;
import org.psoportal.admintasks.internal.TaskCard;

/**
 * A column: header with count and WIP limit (marked when over it) and its cards as rows of one grid. On a
 * filtered board the header says how many cards the filter shows and, apart from that, how many the column holds
 * office-wide against its limit (the WIP warning is about the office-wide count, whatever the filter). The cards are
 * data, not components: one {@link BoardCardRenderer} draws them in the browser, one context menu serves every
 * card of the column, and one drop listener reads the target row from the event. With a component tree per card
 * an open board cost every session about 4 MB (docs/performance.md, "Memory per session"). A column shows at most
 * {@link #MAX_SHOWN} cards (the first ones in order) and says how many more there are.
 *
 * <p>On a board with swimlanes the same class draws each lane's part of a column (a "cell": its header only names the
 * column, for narrow screens where the columns stack), and the board's own column panels show only their headers
 * ({@link #showHeaderOnly}): counts and WIP limits stay once per column, for the whole board.
 */
class BoardColumnPanel extends Div {

    static final int MAX_SHOWN = 100;

    private final BoardColumn column;
    /** The lane this cell belongs to; null for a column of the board itself. */
    private final BoardLane lane;
    /** "Move to lane…" (lanes by assignee); its lanes are listed afresh each time the menu opens. */
    private GridMenuItem<TaskCard> moveToLane;

    private final Span count = new Span();
    /** On a filtered board: the column's office-wide count and limit (the count above then says "71 shown"). */
    private final Span total = new Span();

    private final Span overLimit = new Span();
    private final Grid<TaskCard> grid = new Grid<>();
    private final GridContextMenu<TaskCard> menu;
    private final Span more = new Span();
    /** The shown cards: the grid's items, refreshed in place so unchanged cards keep their keys in the browser. */
    private final List<TaskCard> cards = new ArrayList<>();

    private ColumnInfo info;
    /** How many cards match the filter (more than shown when over {@link #MAX_SHOWN}). */
    private int matching;

    private boolean filtered;

    BoardColumnPanel(BoardColumn column, boolean mayMove, BoardCardActions actions) {
        this(column, null, mayMove, actions);
    }

    /** A column of the board ({@code lane} null) or one lane's part of it. */
    BoardColumnPanel(BoardColumn column, BoardLane lane, boolean mayMove, BoardCardActions actions) {
        this.column = column;
        this.lane = lane;
        addClassName("pso-column");
        setId(lane == null ? "column-" + column.name() : lane.domId() + "-" + column.name());
        if (lane != null) {
            addClassName("pso-lane-cell");
        }
        H3 title = new H3(getTranslation(column.labelKey()));
        count.addClassName("pso-column-count");
        overLimit.setText(getTranslation("board.wip.over"));
        overLimit.getElement().getThemeList().add("badge error small");
        overLimit.setVisible(false);
        total.addClassName("pso-column-total");
        total.setVisible(false);
        Div header = new Div(title, count, total, overLimit);
        header.addClassName("pso-column-header");

        grid.setId("cards-" + column.name() + (lane == null ? "" : "-" + lane.key()));
        grid.addClassName("pso-column-cards");
        grid.setAriaLabel(
                lane == null
                        ? getTranslation(column.labelKey())
                        : getTranslation("board.lanes.cell", getTranslation(column.labelKey()), lane.label()));
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // A column holds at most MAX_SHOWN cards: all rows take their natural height and the column scrolls.
        grid.setAllRowsVisible(true);
        grid.addColumn(BoardCardRenderer.create(this, getLocale(), actions));
        grid.setItems(cards);
        menu = menu(mayMove, actions);
        if (mayMove) {
            grid.setEmptyStateText(getTranslation("board.column.empty"));
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            // A row the browser still showed while the column was redrawn has no key any more: nothing to drag.
            grid.addDragStartListener(e -> e.getDraggedItems().stream()
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(actions::dragStarted));
            grid.addDragEndListener(e -> actions.dragEnded());
            grid.addDropListener(
                    e -> actions.dropped(place(e.getDropTargetItem().orElse(null), e.getDropLocation()), lane));
        }
        more.addClassName("pso-column-more");
        more.setVisible(false);
        add(header, grid, more);
    }

    /**
     * Below a card: after it; above: before it; the empty grid (or a card redrawn meanwhile, whose key is gone):
     * the end of the column.
     */
    private BoardPlace place(TaskCard target, GridDropLocation location) {
        if (target == null || location == GridDropLocation.EMPTY) {
            return BoardPlace.end(column);
        }
        return location == GridDropLocation.ABOVE
                ? BoardPlace.before(column, target.id())
                : BoardPlace.after(column, target.id());
    }

    /**
     * The column's one context menu. Its items are made when it first opens: most sessions never open it, and
     * eight menu items in each of four columns would be a third of an open board's server memory.
     */
    private GridContextMenu<TaskCard> menu(boolean mayMove, BoardCardActions actions) {
        GridContextMenu<TaskCard> m = grid.addContextMenu();
        m.setDynamicContentHandler(card -> {
            if (card == null) {
                return false; // the empty area below the cards
            }
            if (m.getItems().isEmpty()) {
                addItems(m, mayMove, actions);
            }
            if (moveToLane != null) {
                listLanes(actions);
            }
            return true;
        });
        return m;
    }

    private void addItems(GridContextMenu<TaskCard> m, boolean mayMove, BoardCardActions actions) {
        m.addItem(getTranslation("board.card.open"), e -> e.getItem().ifPresent(actions::open));
        if (mayMove) {
            GridMenuItem<TaskCard> moveTo = m.addItem(getTranslation("board.card.moveTo"));
            for (BoardColumn c : BoardColumn.values()) {
                if (c != column) {
                    moveTo.getSubMenu()
                            .addItem(
                                    getTranslation(c.labelKey()),
                                    e -> e.getItem().ifPresent(card -> actions.move(card, c)));
                }
            }
            if (lane != null && lane.grouping() == BoardGrouping.ASSIGNEE) {
                moveToLane = m.addItem(getTranslation("board.lanes.moveTo"));
            }
            m.addItem(getTranslation("board.card.up"), e -> e.getItem().ifPresent(card -> actions.moveBy(card, -1)));
            m.addItem(getTranslation("board.card.down"), e -> e.getItem().ifPresent(card -> actions.moveBy(card, 1)));
            m.addItem(getTranslation("board.card.archive"), e -> e.getItem().ifPresent(actions::archive));
        }
    }

    /** The other lanes, as "Move to lane…" offers them (the lanes change while the board is open). */
    private void listLanes(BoardCardActions actions) {
        moveToLane.getSubMenu().removeAll();
        for (BoardLane target : actions.laneTargets()) {
            if (!target.key().equals(lane.key())) {
                moveToLane
                        .getSubMenu()
                        .addItem(target.label(), e -> e.getItem().ifPresent(card -> actions.moveToLane(card, target)));
            }
        }
    }

    BoardColumn column() {
        return column;
    }

    /** The lane of this cell; null for a column of the board. */
    BoardLane lane() {
        return lane;
    }

    /** The shown cards, in order. */
    List<TaskCard> cards() {
        return Collections.unmodifiableList(cards);
    }

    Grid<TaskCard> grid() {
        return grid;
    }

    GridContextMenu<TaskCard> menu() {
        return menu;
    }

    /** Whether the board is filtered: the header then tells the shown cards from the column's own count. */
    void setFiltered(boolean filtered) {
        this.filtered = filtered;
        showHeader();
    }

    void showInfo(ColumnInfo info) {
        this.info = info;
        showHeader();
    }

    private void showHeader() {
        if (lane != null) {
            count.setText(getTranslation("board.column.count", matching));
            return;
        }
        if (info == null) {
            return;
        }
        String office = info.wipLimit() == null
                ? getTranslation("board.column.count", info.count())
                : getTranslation("board.column.countLimit", info.count(), info.wipLimit());
        if (filtered) {
            count.setText(getTranslation("board.column.shown", matching));
            total.setText(
                    info.wipLimit() == null
                            ? getTranslation("board.column.total", info.count())
                            : getTranslation("board.column.totalLimit", info.count(), info.wipLimit()));
        } else {
            count.setText(office);
        }
        total.setVisible(filtered);
        overLimit.setVisible(info.overLimit());
        setClassName("pso-column-over", info.overLimit());
    }

    /** Shows the first {@link #MAX_SHOWN} cards; sends nothing when they did not change. */
    void showCards(List<TaskCard> allCards) {
        grid.setVisible(true);
        List<TaskCard> shown = List.copyOf(allCards.size() > MAX_SHOWN ? allCards.subList(0, MAX_SHOWN) : allCards);
        matching = allCards.size();
        showHeader();
        more.setVisible(allCards.size() > MAX_SHOWN);
        if (allCards.size() > MAX_SHOWN) {
            more.setText(getTranslation("board.column.more", allCards.size() - MAX_SHOWN));
        }
        if (!shown.equals(cards)) {
            cards.clear();
            cards.addAll(shown);
            grid.getDataProvider().refreshAll();
        }
    }

    /**
     * With swimlanes: only the header, for the whole board ({@code matching} cards shown in the column's lanes);
     * the cards are in the lanes.
     */
    void showHeaderOnly(int matching) {
        this.matching = matching;
        showHeader();
        grid.setVisible(false);
        more.setVisible(false);
        if (!cards.isEmpty()) {
            cards.clear();
            grid.getDataProvider().refreshAll();
        }
    }
}
