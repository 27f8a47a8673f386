package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.TaskCard;

/**
 * One swimlane: a band with a header (the lane's name as a button that folds the lane, and its number of cards) and
 * the lane's part of each of the four columns. The header comes first in the tab order, then the cards of its
 * columns. A folded lane keeps its cards as data but has no column grids (they are made again when it opens), so
 * many folded lanes cost an open board little memory.
 */
class BoardLanePanel extends Div {

    private final BoardLane lane;
    private final boolean mayMove;
    private final BoardCardActions actions;
    private final Button toggle = new Button();
    private final Span count = new Span();
    private final Div body = new Div();
    private final Map<BoardColumn, List<TaskCard>> cards = new EnumMap<>(BoardColumn.class);
    private final Map<BoardColumn, BoardColumnPanel> cells = new EnumMap<>(BoardColumn.class);
    private boolean expanded;

    /** {@code onToggle} hears the lane's new state (expanded or not) when the user folds or opens it. */
    BoardLanePanel(
            BoardLane lane, boolean expanded, boolean mayMove, BoardCardActions actions, Consumer<Boolean> onToggle) {
        this.lane = lane;
        this.mayMove = mayMove;
        this.actions = actions;
        addClassName("pso-lane");
        setId(lane.domId());
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", lane.label());
        for (BoardColumn c : BoardColumn.values()) {
            cards.put(c, List.of());
        }
        toggle.setText(lane.label());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("pso-lane-toggle");
        toggle.setId(lane.domId() + "-toggle");
        toggle.getElement().setAttribute("aria-controls", lane.domId() + "-columns");
        toggle.addClickListener(e -> {
            setExpanded(!this.expanded);
            onToggle.accept(this.expanded);
        });
        count.addClassName("pso-lane-count");
        H2 name = new H2(toggle);
        name.addClassName("pso-lane-name");
        Div header = new Div(name, count);
        header.addClassName("pso-lane-header");
        body.setId(lane.domId() + "-columns");
        body.addClassName("pso-lane-columns");
        add(header, body);
        setExpanded(expanded);
        showCount();
    }

    BoardLane lane() {
        return lane;
    }

    boolean isExpanded() {
        return expanded;
    }

    /** Folds or opens the lane: an open lane has a grid per column, a folded one none. */
    void setExpanded(boolean expanded) {
        this.expanded = expanded;
        toggle.setIcon((expanded ? VaadinIcon.ANGLE_DOWN : VaadinIcon.ANGLE_RIGHT).create());
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(expanded));
        body.setVisible(expanded);
        if (expanded && cells.isEmpty()) {
            for (BoardColumn c : BoardColumn.values()) {
                BoardColumnPanel cell = new BoardColumnPanel(c, lane, mayMove, actions);
                cell.showCards(cards.get(c));
                cells.put(c, cell);
                body.add(cell);
            }
        } else if (!expanded && !cells.isEmpty()) {
            body.removeAll();
            cells.clear();
        }
    }

    /** The lane's cards of one column, in order (redrawn only if they changed). */
    void showCards(BoardColumn column, List<TaskCard> columnCards) {
        cards.put(column, List.copyOf(columnCards));
        BoardColumnPanel cell = cells.get(column);
        if (cell != null) {
            cell.showCards(columnCards);
        }
        showCount();
    }

    /** The lane's cards of one column (also while folded). */
    List<TaskCard> cards(BoardColumn column) {
        return cards.get(column);
    }

    /** The open lane's column cells (none while folded). */
    Collection<BoardColumnPanel> cells() {
        return cells.values();
    }

    BoardColumnPanel cell(BoardColumn column) {
        return cells.get(column);
    }

    private void showCount() {
        int n = cards.values().stream().mapToInt(List::size).sum();
        count.setText(getTranslation("board.lanes.count", n));
    }
}
