package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * An action that cannot simply be undone (closing a project, deactivating a person) asks first: the dialog says what
 * happens, its red button names the action ("Close project CRM-2"), and Cancel changes nothing.
 */
public final class DestructiveActions {

    private DestructiveActions() {}

    /** Opens the question; runs {@code action} only when the user clicks {@code confirmText}. */
    public static ConfirmDialog confirm(String id, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        UI ui = UI.getCurrent();
        confirm.setCancelText(ui == null ? "Cancel" : ui.getTranslation("action.cancel"));
        confirm.setConfirmText(confirmText);
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> action.run());
        confirm.open();
        return confirm;
    }
}
