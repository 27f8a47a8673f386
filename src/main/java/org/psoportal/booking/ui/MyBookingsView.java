package org.psoportal.booking.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.CalendarFeedService;

/** Everyone's own bookings as booker, upcoming and past (lazy), with cancel, reschedule and .ics download. */
@Route("my-bookings")
@PermitAll
@Menu(title = "nav.myBookings", order = 21, icon = "vaadin:calendar-user")
public class MyBookingsView extends VerticalLayout implements HasDynamicTitle {

    /** The id of the actions column (its element), where a protocol client finds the column's functions. */
    static final String ACTIONS_ID = "my-bookings-actions";

    /** Reschedule and Cancel for an upcoming booking that holds time, after the .ics link. */
    private static final String ACTIONS = BookingColumns.actionsTemplate("""
            ${item.changeable ? html`\
            <vaadin-button theme="small" @click="${reschedule}">${item.rescheduleText}</vaadin-button>\
            <vaadin-button theme="small error tertiary" @click="${cancel}">${item.cancelText}</vaadin-button>` : ''}""");

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
        BookingColumns.addAll(
                grid,
                zone,
                getTranslation("booking.expert"),
                BookingRow::expertName,
                actionsRenderer(),
                ACTIONS_ID,
                getTranslation("myBookings.title"),
                this::phoneActions);
        grid.setItems(q -> bookings.myBookings(upcoming, toSpringPageRequest(q)).stream(), q ->
                (int) bookings.countMyBookings(upcoming));
        add(new H1(getTranslation("myBookings.title")), shown, grid, new FeedPanel(feeds));
    }

    /**
     * The actions of each row drawn in the browser from the row's properties, as on the expert's schedule (issue 17):
     * no layout, link and buttons kept on the server per row. A button calls the column's function with the server's
     * own row (resolved by its key); the services check the caller.
     */
    private LitRenderer<BookingRow> actionsRenderer() {
        String reschedule = getTranslation("booking.reschedule");
        String cancel = getTranslation("booking.cancel");
        return BookingColumns.withIcs(this, LitRenderer.<BookingRow>of(ACTIONS))
                .withProperty("changeable", this::changeable)
                .withProperty("rescheduleText", r -> reschedule)
                .withProperty("cancelText", r -> cancel)
                .withFunction("reschedule", this::reschedule)
                .withFunction("cancel", this::cancel);
    }

    /** The same actions as components, for a phone's card (built only while the window is a phone). */
    private HorizontalLayout phoneActions(BookingRow row) {
        HorizontalLayout actions = new HorizontalLayout(BookingColumns.ics(row));
        actions.setAlignItems(Alignment.CENTER);
        if (changeable(row)) {
            Button move = new Button(getTranslation("booking.reschedule"), e -> reschedule(row));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button cancel = new Button(getTranslation("booking.cancel"), e -> cancel(row));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(move, cancel);
        }
        return actions;
    }

    /** An upcoming booking that still holds time can be moved or cancelled; a past one only downloaded. */
    private boolean changeable(BookingRow row) {
        return upcoming && BookingColumns.holdsTime(row);
    }

    // Each function does only what its button offers for the row (the browser can call any function for any row it
    // was sent, past ones too); the services check the caller.
    private void reschedule(BookingRow row) {
        if (!changeable(row)) {
            return;
        }
        new RescheduleDialog(bookings, row, zone, this::refresh).open();
    }

    private void cancel(BookingRow row) {
        if (!changeable(row)) {
            return;
        }
        BookingColumns.cancelDialog(this, bookings, row, row.expertName(), zone, this::refresh)
                .open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myBookings.title") + " · " + getTranslation("app.name");
    }
}
