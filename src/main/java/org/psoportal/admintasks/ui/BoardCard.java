package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import org.psoportal.admintasks.BoardColumn;
import org.psoportal.admintasks.Priority;
import org.psoportal.admintasks.TaskCard;

/**
 * One card. Managers drag it (DragSource) and drop other cards onto it to place them before it (DropTarget);
 * the menu button offers the same moves for keyboard and phone users.
 */
class BoardCard extends Div {

    /** What the card asks its board to do. */
    interface Actions {
        void open(TaskCard card);

        void move(TaskCard card, BoardColumn target);

        void moveBy(TaskCard card, int delta);

        void dropBefore(TaskCard dragged, TaskCard target);

        void archive(TaskCard card);
    }

    private final TaskCard card;
    private ContextMenu menu;

    BoardCard(TaskCard card, boolean mayMove, Actions actions) {
        this.card = card;
        addClassName("pso-card");
        setId("card-" + card.id());
        getElement().setAttribute("data-card-id", String.valueOf(card.id()));
        if (card.overdue()) {
            addClassName("pso-card-overdue");
        }

        Span code = badge(card.projectCode(), "pso-card-project");
        Span type = badge(getTranslation("board.type." + card.type().name()), "pso-card-type");
        Span priority = badge(getTranslation("board.priority." + card.priority().name()),
                "pso-priority-" + card.priority().name().toLowerCase(java.util.Locale.ROOT));
        Div tags = new Div(code, type);
        if (card.priority() != Priority.NORMAL) {
            tags.add(priority);
        }
        tags.addClassName("pso-card-tags");

        // A native button wraps long titles and is reachable by keyboard.
        NativeButton title = new NativeButton(card.title(), e -> actions.open(card));
        title.addClassName("pso-card-title");

        Div footer = new Div();
        footer.addClassName("pso-card-footer");
        if (card.dueDate() != null) {
            Span due = new Span(getTranslation("board.card.due",
                    card.dueDate().format(DateTimeFormatter.ofPattern("d MMM", getLocale()))));
            due.addClassName(card.overdue() ? "pso-card-due-overdue" : "pso-card-due");
            if (card.overdue()) {
                due.getElement().setAttribute("title", getTranslation("board.card.overdue"));
            }
            footer.add(due);
        }
        if (card.checklistTotal() > 0) {
            Span progress = new Span(VaadinIcon.CHECK_SQUARE_O.create(),
                    new Span(card.checklistDone() + "/" + card.checklistTotal()));
            progress.addClassName("pso-card-checklist");
            progress.getElement().setAttribute("title",
                    getTranslation("board.card.checklist", card.checklistDone(), card.checklistTotal()));
            footer.add(progress);
        }
        Span spacer = new Span();
        spacer.addClassName("pso-card-spacer");
        footer.add(spacer);
        if (card.assigneeName() != null) {
            Avatar avatar = new Avatar(card.assigneeName());
            avatar.setAbbreviation(card.assigneeInitials());
            avatar.addClassName("pso-card-avatar");
            avatar.setTooltipEnabled(true);
            footer.add(avatar);
        }
        footer.add(menu(mayMove, actions));
        add(tags, title, footer);

        if (mayMove) {
            DragSource<BoardCard> drag = DragSource.create(this);
            drag.setDragData(card);
            DropTarget<BoardCard> drop = DropTarget.create(this);
            drop.addDropListener(e -> e.getDragSourceComponent()
                    .filter(BoardCard.class::isInstance).map(BoardCard.class::cast)
                    .filter(src -> src.card.id() != card.id())
                    .ifPresent(src -> actions.dropBefore(src.card, card)));
        }
    }

    TaskCard card() {
        return card;
    }

    ContextMenu menu() {
        return menu;
    }

    private Button menu(boolean mayMove, Actions actions) {
        Button button = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation("board.card.menu", card.title()));
        button.addClassName("pso-card-menu");
        menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        menu.addItem(getTranslation("board.card.open"), e -> actions.open(card));
        if (mayMove) {
            MenuItem moveTo = menu.addItem(getTranslation("board.card.moveTo"));
            for (BoardColumn c : BoardColumn.values()) {
                if (c != card.column()) {
                    moveTo.getSubMenu().addItem(getTranslation("board.column." + c.name()),
                            e -> actions.move(card, c));
                }
            }
            menu.addItem(getTranslation("board.card.up"), e -> actions.moveBy(card, -1));
            menu.addItem(getTranslation("board.card.down"), e -> actions.moveBy(card, 1));
            menu.addItem(getTranslation("board.card.archive"), e -> actions.archive(card));
        }
        return button;
    }

    private static Span badge(String text, String className) {
        Span s = new Span(text);
        s.addClassName("pso-card-badge");
        s.addClassName(className);
        return s;
    }
}
