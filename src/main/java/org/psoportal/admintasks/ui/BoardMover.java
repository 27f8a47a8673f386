package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardPlace;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskConflictException;
import org.psoportal.admintasks.internal.WipLimitException;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.ui.Notifications;

/**
 * Moves a card for the board, whether by drag and drop or by the card menu: asks before moving into a full
 * column, and after a conflict shows the message and the current board.
 */
class BoardMover {

    private final BoardService board;
    private final Component owner;
    /** Called with the columns to redraw after a move (or a refused one). */
    private final Consumer<Set<BoardColumn>> refresh;
    /** Puts the keyboard focus on the moved card in its new place. */
    private final BiConsumer<Long, BoardColumn> focus;

    BoardMover(
            BoardService board,
            Component owner,
            Consumer<Set<BoardColumn>> refresh,
            BiConsumer<Long, BoardColumn> focus) {
        this.board = board;
        this.owner = owner;
        this.refresh = refresh;
        this.focus = focus;
    }

    /**
     * Moves the card; {@code keepFocus} for a move from the card's menu (keyboard or pointer): the column is
     * redrawn, and without help the focus would stay on whichever card the redrawn row now shows.
     */
    void move(TaskCard card, BoardPlace place, boolean keepFocus) {
        BoardColumn target = place.column();
        try {
            board.move(card.id(), card.version(), place, false);
            done(card, target, keepFocus);
        } catch (WipLimitException e) {
            confirmOverLimit(card, place, e, keepFocus);
        } catch (TaskConflictException | NotFoundException e) {
            Notifications.error(Notifications.text(e));
            refresh.accept(EnumSet.allOf(BoardColumn.class));
        }
    }

    private void confirmOverLimit(TaskCard card, BoardPlace place, WipLimitException e, boolean keepFocus) {
        BoardColumn target = place.column();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("wip-confirm");
        dialog.setHeader(owner.getTranslation("board.wip.confirmTitle"));
        dialog.setText(
                owner.getTranslation("board.wip.full", owner.getTranslation(target.labelKey()), e.count(), e.limit())
                        + " " + owner.getTranslation("board.wip.confirm"));
        dialog.setCancelable(true);
        dialog.setConfirmText(owner.getTranslation("board.wip.moveAnyway"));
        dialog.addConfirmListener(ev -> {
            try {
                board.move(card.id(), card.version(), place, true);
                done(card, target, keepFocus);
            } catch (TaskConflictException | NotFoundException conflict) {
                Notifications.error(Notifications.text(conflict));
                refresh.accept(EnumSet.allOf(BoardColumn.class));
            }
        });
        dialog.open();
    }

    private void done(TaskCard card, BoardColumn target, boolean keepFocus) {
        refresh.accept(EnumSet.of(card.column(), target));
        if (keepFocus) {
            focus.accept(card.id(), target);
        }
        if (card.column() != target) {
            Notifications.success(
                    owner.getTranslation("board.moved", card.title(), owner.getTranslation(target.labelKey())));
        }
    }
}
