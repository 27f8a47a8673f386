package org.psoportal.booking.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.psoportal.booking.BookingRow;
import org.psoportal.shared.ui.TimeFormats;

/** Columns shared by "My bookings" and "My schedule". */
final class BookingColumns {

    private BookingColumns() {}

    static void when(Grid<BookingRow> grid, ZoneId zone) {
        grid.addColumn(r -> TimeFormats.range(r.start(), r.end(), zone))
                .setHeader(grid.getTranslation("booking.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    static void status(Grid<BookingRow> grid) {
        grid.addComponentColumn(r -> {
                    Span badge = new Span(
                            grid.getTranslation("booking.status." + r.status().name()));
                    badge.getElement()
                            .getThemeList()
                            .add("badge "
                                    + switch (r.status()) {
                                        case CONFIRMED -> "success";
                                        case REQUESTED -> "";
                                        case DECLINED, CANCELLED -> "contrast";
                                    });
                    if (r.cancelReason() != null || r.cancelledByName() != null) {
                        badge.getElement()
                                .setAttribute(
                                        "title",
                                        grid.getTranslation(
                                                "booking.cancelledBy",
                                                r.cancelledByName(),
                                                r.cancelledAt(),
                                                r.cancelReason() == null ? "" : r.cancelReason()));
                    }
                    return badge;
                })
                .setHeader(grid.getTranslation("booking.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    static Anchor ics(BookingRow r) {
        Anchor a = new Anchor("calendar/booking/" + r.id() + ".ics", "booking.ics");
        a.setText(a.getTranslation("booking.ics"));
        a.getElement().setAttribute("download", true);
        a.getElement().setAttribute("title", a.getTranslation("booking.ics.tooltip"));
        // eleven ".ics" links in a list must say which booking each one downloads (WCAG 2.4.4)
        a.setAriaLabel(a.getTranslation("booking.ics.named", r.topic(), r.expertName()));
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }

    static boolean holdsTime(BookingRow r) {
        return r.status().holdsTime();
    }
}
