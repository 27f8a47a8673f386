package org.psoportal.booking.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.CalendarFeedService;
import org.psoportal.shared.ui.PhoneCards;

/** Everyone's own bookings as booker, upcoming and past (lazy), with cancel, reschedule and .ics download. */
@Route("my-bookings")
@PermitAll
@Menu(title = "nav.myBookings", order = 21, icon = "vaadin:calendar-user")
public class MyBookingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient BookingService bookings;
    private final transient ZoneId zone;
    private final Grid<BookingRow> grid = new Grid<>();
    private boolean upcoming = true;

    public MyBookingsView(BookingService bookings, CalendarFeedService feeds, ZoneId zone) {
        this.bookings = bookings;
        this.zone = zone;
        addClassName("pso-view");
        setSizeFull();
        // A choice of what the one list shows, so a radio group rather than tabs without tab panels (WCAG 4.1.2)
        RadioButtonGroup<Boolean> shown = new RadioButtonGroup<>(getTranslation("myBookings.show"));
        shown.setId("my-bookings-shown");
        shown.setItems(true, false);
        shown.setItemLabelGenerator(u -> getTranslation(u ? "myBookings.upcoming" : "myBookings.past"));
        shown.setValue(true);
        shown.addValueChangeListener(e -> {
            upcoming = Boolean.TRUE.equals(e.getValue());
            grid.getDataProvider().refreshAll();
        });
        grid.setId("my-bookings-grid");
        BookingColumns.when(grid, zone);
        grid.addColumn(BookingRow::expertName)
                .setHeader(getTranslation("booking.expert"))
                .setAutoWidth(true);
        BookingColumns.projectAndTopic(grid);
        BookingColumns.status(grid);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneCards.add(
                grid,
                getTranslation("myBookings.title"),
                r -> BookingColumns.card(grid, r, zone, r.expertName(), actions(r)));
        grid.setItems(q -> bookings.myBookings(upcoming, toSpringPageRequest(q)).stream(), q ->
                (int) bookings.countMyBookings(upcoming));
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        add(new H1(getTranslation("myBookings.title")), shown, grid, new FeedPanel(feeds));
    }

    private HorizontalLayout actions(BookingRow row) {
        HorizontalLayout actions = new HorizontalLayout(BookingColumns.ics(row));
        actions.setAlignItems(Alignment.CENTER);
        if (upcoming && BookingColumns.holdsTime(row)) {
            Button move = new Button(
                    getTranslation("booking.reschedule"),
                    e -> new RescheduleDialog(bookings, row, zone, this::refresh).open());
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button(
                    getTranslation("booking.cancel"),
                    e -> BookingColumns.cancelDialog(this, bookings, row, row.expertName(), zone, this::refresh)
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(move, cancel);
        }
        return actions;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myBookings.title") + " · " + getTranslation("app.name");
    }
}
