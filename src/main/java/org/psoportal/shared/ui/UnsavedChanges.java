package org.psoportal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/**
 * Leaving a form with unsaved changes asks first ("Discard changes?"); leaving an unchanged form does not. Dialogs
 * use {@link #guard}; views call {@link #confirmDiscard} from {@code beforeLeave} after {@code event.postpone()}.
 */
public final class UnsavedChanges {

    private UnsavedChanges() {}

    /** Esc, a click outside and {@link #close} on {@code dialog} ask before discarding changes. */
    public static void guard(Dialog dialog, BooleanSupplier hasChanges) {
        dialog.addDialogCloseActionListener(e -> close(dialog, hasChanges));
    }

    /** Closes {@code dialog} at once when nothing changed, or after the user confirms discarding the changes. */
    public static void close(Dialog dialog, BooleanSupplier hasChanges) {
        if (hasChanges.getAsBoolean()) {
            confirmDiscard(dialog::close);
        } else {
            dialog.close();
        }
    }

    /** Asks "Discard changes?"; runs {@code discard} only when the user confirms. */
    public static ConfirmDialog confirmDiscard(Runnable discard) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("discard-changes");
        confirm.setHeader(text("unsaved.title"));
        confirm.setText(text("unsaved.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(text("unsaved.keepEditing"));
        confirm.setConfirmText(text("unsaved.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> discard.run());
        confirm.open();
        return confirm;
    }

    private static String text(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
