package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Supplier;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;

/**
 * Cancels an occurrence of a series: only this one, or this and the following ones (one change, one notification),
 * with an optional reason. A booking in no series gets the plain {@link ReasonDialog}.
 */
class SeriesCancelDialog extends Dialog {

    SeriesCancelDialog(String title, BookingService bookings, BookingRow row, Runnable onDone) {
        setHeaderTitle(title);
        setId("series-cancel");
        RadioButtonGroup<Boolean> which = new RadioButtonGroup<>(getTranslation("booking.series.cancelWhich"));
        which.setItems(false, true);
        which.setItemLabelGenerator(following ->
                getTranslation(following ? "booking.series.cancelFollowing" : "booking.series.cancelThis"));
        which.setValue(false);
        which.setId("series-cancel-which");
        TextArea reason = new TextArea(getTranslation("booking.cancel.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("reason");
        add(which, reason);
        Button confirm = SubmitButtons.primary(getTranslation("booking.cancel.confirm"), () -> {
            boolean following = Boolean.TRUE.equals(which.getValue());
            Supplier<String> done = following
                    ? () -> getTranslation(
                            "booking.series.cancelledFollowing",
                            bookings.cancelFollowing(row.id(), reason.getValue())
                                    .size())
                    : () -> {
                        bookings.cancel(row.id(), reason.getValue());
                        return getTranslation("booking.cancelled");
                    };
            try {
                Notifications.success(done.get());
            } catch (UserMessageException e) {
                Notifications.error(Notifications.text(e));
            }
            close();
            onDone.run();
            return true;
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setId("reason-confirm");
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), confirm);
    }
}
