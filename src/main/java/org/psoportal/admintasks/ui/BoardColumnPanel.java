package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.psoportal.admintasks.BoardColumn;
import org.psoportal.admintasks.ColumnInfo;
import org.psoportal.admintasks.TaskCard;

/**
 * A column: header with count and WIP limit (marked when over it), the cards, and a drop zone at the end.
 * Showing new cards reuses the components of cards that did not change, so a push update touches only what
 * changed. A column shows at most {@link #MAX_SHOWN} cards (the first ones in order) and says how many more there
 * are: in a large organisation a column holds thousands of cards, and a component per card would cost every
 * open board session megabytes (docs/performance.md).
 */
class BoardColumnPanel extends Div {

    static final int MAX_SHOWN = 100;

    private final BoardColumn column;
    private final Span count = new Span();
    private final Span overLimit = new Span();
    private final Div body = new Div();
    private final Div tail = new Div();
    private final Span more = new Span();
    private final boolean mayMove;
    private final BoardCard.Actions actions;
    private List<TaskCard> cards = List.of();

    BoardColumnPanel(BoardColumn column, boolean mayMove, BoardCard.Actions actions,
            BiConsumer<TaskCard, BoardColumn> dropAtEnd) {
        this.column = column;
        this.mayMove = mayMove;
        this.actions = actions;
        addClassName("pso-column");
        setId("column-" + column.name());
        H3 title = new H3(getTranslation("board.column." + column.name()));
        count.addClassName("pso-column-count");
        overLimit.setText(getTranslation("board.wip.over"));
        overLimit.getElement().getThemeList().add("badge error small");
        overLimit.setVisible(false);
        Div header = new Div(title, count, overLimit);
        header.addClassName("pso-column-header");
        body.addClassName("pso-column-body");
        tail.addClassName("pso-column-tail");
        tail.setText(getTranslation("board.column.empty"));
        tail.setVisible(mayMove);
        if (mayMove) {
            DropTarget.create(tail).addDropListener(e -> e.getDragSourceComponent()
                    .filter(BoardCard.class::isInstance).map(c -> ((BoardCard) c).card())
                    .ifPresent(card -> dropAtEnd.accept(card, column)));
        }
        more.addClassName("pso-column-more");
        more.setVisible(false);
        add(header, body, more, tail);
    }

    BoardColumn column() {
        return column;
    }

    List<TaskCard> cards() {
        return cards;
    }

    void showInfo(ColumnInfo info) {
        count.setText(info.wipLimit() == null ? getTranslation("board.column.count", info.count())
                : getTranslation("board.column.countLimit", info.count(), info.wipLimit()));
        overLimit.setVisible(info.overLimit());
        setClassName("pso-column-over", info.overLimit());
    }

    void showCards(List<TaskCard> allCards) {
        List<TaskCard> newCards = allCards.size() > MAX_SHOWN ? allCards.subList(0, MAX_SHOWN) : allCards;
        more.setVisible(allCards.size() > MAX_SHOWN);
        if (allCards.size() > MAX_SHOWN) {
            more.setText(getTranslation("board.column.more", allCards.size() - MAX_SHOWN));
        }
        Map<TaskCard, Component> existing = new HashMap<>();
        body.getChildren().filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                .forEach(c -> existing.put(c.card().atPosition(0), c));
        List<Component> next = new ArrayList<>(newCards.size());
        for (TaskCard card : newCards) {
            Component reused = existing.get(card.atPosition(0));
            next.add(reused != null ? reused : new BoardCard(card, mayMove, actions));
        }
        if (!next.equals(body.getChildren().toList())) {
            body.removeAll();
            next.forEach(body::add);
        }
        cards = List.copyOf(newCards);
    }
}
