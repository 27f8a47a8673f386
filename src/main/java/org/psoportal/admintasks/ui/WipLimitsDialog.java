package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.EnumMap;
import java.util.Map;
import org.psoportal.admintasks.internal.BoardColumn;
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.ColumnInfo;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/** The head sets each column's WIP limit (empty = no limit). */
class WipLimitsDialog extends Dialog {

    WipLimitsDialog(BoardService board, Runnable onSaved) {
        setHeaderTitle(getTranslation("board.wip.edit"));
        Map<BoardColumn, IntegerField> fields = new EnumMap<>(BoardColumn.class);
        Map<BoardColumn, ColumnInfo> infos = board.columnInfos();
        FormLayout form = new FormLayout();
        for (BoardColumn c : BoardColumn.values()) {
            IntegerField f = new IntegerField(getTranslation(c.labelKey()));
            f.setMin(1);
            f.setMax(999);
            f.setClearButtonVisible(true);
            f.setValue(infos.get(c).wipLimit());
            f.setId("wip-" + c.name());
            fields.put(c, f);
            form.add(f);
        }
        add(form);
        Button save = SubmitButtons.primary(getTranslation("task.save"), () -> {
            try {
                fields.forEach((c, f) -> board.setWipLimit(c, f.getValue()));
                Notifications.success(getTranslation("board.wip.saved"));
                close();
                onSaved.run();
                return true;
            } catch (UserMessageException ex) {
                Notifications.error(Notifications.text(ex));
                return false;
            }
        });
        save.setId("wip-save");
        getFooter().add(new Button(getTranslation("task.cancel"), e -> close()), save);
    }
}
