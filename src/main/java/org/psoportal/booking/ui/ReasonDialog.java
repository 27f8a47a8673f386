package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.psoportal.shared.ui.SubmitButtons;

/** Asks for an optional reason before cancelling or declining (kept with the booking: who, when, why). */
class ReasonDialog extends Dialog {

    ReasonDialog(String title, String confirmText, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        TextArea reason = new TextArea(getTranslation("booking.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("reason");
        add(reason);
        Button confirm = SubmitButtons.primary(confirmText, () -> {
            close();
            onConfirm.accept(reason.getValue());
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("reason-confirm");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), confirm);
    }
}
