package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.TimeRange;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.SubmitButtons;
import org.psoportal.shared.ui.TimeFormats;

/** Moves a booking to a new start (same length); the service checks it as one atomic change. */
class RescheduleDialog extends Dialog {

    RescheduleDialog(BookingService bookings, BookingRow row, ZoneId zone, Runnable onDone) {
        setHeaderTitle(getTranslation("booking.reschedule") + ": " + row.topic());
        DateTimePicker start = TimeFormats.portalFormat(new DateTimePicker(getTranslation("booking.start")));
        start.setStep(Duration.ofMinutes(15));
        start.setValue(LocalDateTime.ofInstant(row.start(), zone));
        start.setId("reschedule-start");
        Paragraph error = new Paragraph();
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph(TimeFormats.range(row.start(), row.end(), zone) + " · " + row.expertName()), start, error);
        Duration length = Duration.between(row.start(), row.end());
        Button save = SubmitButtons.primary(getTranslation("booking.reschedule"), () -> {
            if (start.isEmpty()) {
                return false;
            }
            var from = start.getValue().atZone(zone).toInstant();
            try {
                BookingRow moved = bookings.reschedule(row.id(), new TimeRange(from, from.plus(length)));
                close();
                Notifications.success(getTranslation("booking.rescheduled", TimeFormats.dateTime(moved.start(), zone)));
                onDone.run();
                return true;
            } catch (UserMessageException ex) {
                error.setText(Notifications.text(ex));
                return false;
            }
        });
        save.setId("reschedule-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
