package org.psoportal.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.SeriesSummary;
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
        bookings.series(bookingId).ifPresent(series -> add(seriesLine(series, zone)));
        if (row.notes() != null) {
            add(new Paragraph(row.notes()));
        }
        getFooter().add(BookingColumns.ics(row));
        if (BookingColumns.holdsTime(row)) {
            Button cancel = new Button(
                    getTranslation("booking.cancel"),
                    e -> BookingColumns.cancelDialog(this, bookings, row, row.expertName(), zone, () -> {
                                close();
                                onChange.run();
                            })
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(cancel);
        }
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /** "Repeats weekly, 4 of 6 times still booked: Mon 7 Dec 2026, 10:00, ..." */
    private Div seriesLine(SeriesSummary series, ZoneId zone) {
        Div div = new Div();
        div.setId("booking-series-line");
        String times = series.holding().stream()
                .map(o -> TimeFormats.dateTime(o.start(), zone))
                .collect(java.util.stream.Collectors.joining("; "));
        div.setText(getTranslation(
                        "booking.series.summary",
                        getTranslation(
                                "booking.series.label",
                                getTranslation(series.repetition().labelKey()).toLowerCase(java.util.Locale.ROOT)),
                        series.holding().size(),
                        series.occurrences().size())
                + (times.isEmpty() ? "" : ": " + times));
        return div;
    }

    private Div line(String labelKey, String value) {
        Div div = new Div();
        div.setText(getTranslation(labelKey) + ": " + value);
        return div;
    }
}
