package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.TimeFormats;

/** A booking's details from the calendar; the service decides whether this person may see and cancel it. */
class BookingDetailsDialog extends Dialog {

    BookingDetailsDialog(BookingService bookings, long bookingId, ZoneId zone, Runnable onChange) {
        BookingRow row = bookings.details(bookingId);
        setHeaderTitle(row.topic());
        setId("booking-details");
        add(
                line("booking.when", TimeFormats.range(row.start(), row.end(), zone)),
                line("booking.expert", row.expertName()),
                line("booking.bookedBy", row.bookerName()),
                line("booking.project", row.projectLabel()),
                line(
                        "booking.status",
                        getTranslation("booking.status." + row.status().name())));
        if (row.notes() != null) {
            add(new Paragraph(row.notes()));
        }
        getFooter().add(BookingColumns.ics(row));
        if (BookingColumns.holdsTime(row)) {
            Button cancel = new Button(
                    getTranslation("booking.cancel"),
                    e -> new ReasonDialog(
                                    getTranslation("booking.cancel"),
                                    getTranslation("booking.cancel.confirm"),
                                    reason -> {
                                        try {
                                            bookings.cancel(row.id(), reason);
                                            Notifications.success(getTranslation("booking.cancelled"));
                                            close();
                                            onChange.run();
                                        } catch (UserMessageException ex) {
                                            Notifications.error(Notifications.text(ex));
                                        }
                                    })
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(cancel);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private Div line(String labelKey, String value) {
        Div div = new Div();
        div.setText(getTranslation(labelKey) + ": " + value);
        return div;
    }
}
