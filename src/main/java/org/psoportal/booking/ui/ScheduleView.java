package org.psoportal.booking.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.psoportal.booking.internal.BookingRow;
import org.psoportal.booking.internal.BookingService;
import org.psoportal.booking.internal.BookingStatus;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.UserMessageException;
import org.psoportal.shared.ui.Notifications;

/** An expert's upcoming bookings: approve or decline requests, cancel, and a link to the own week calendar. */
@Route("schedule")
@RolesAllowed(Role.Names.EXPERT)
@Menu(title = "nav.schedule", order = 22, icon = "vaadin:calendar-clock")
public class ScheduleView extends VerticalLayout implements HasDynamicTitle {

    /** The id of the actions column (its element), where a protocol client finds the column's functions. */
    static final String ACTIONS_ID = "schedule-actions";

    /** Approve and Decline for a requested booking, Cancel for one that holds time, after the .ics link. */
    private static final String ACTIONS = BookingColumns.actionsTemplate("""
            ${item.requested ? html`\
            <vaadin-button theme="small success" @click="${approve}">${item.approveText}</vaadin-button>\
            <vaadin-button theme="small error" @click="${decline}">${item.declineText}</vaadin-button>` : ''}\
            ${item.cancellable ? html`\
            <vaadin-button theme="small tertiary" @click="${cancel}">${item.cancelText}</vaadin-button>` : ''}""");

    private final transient BookingService bookings;
    private final transient ZoneId zone;
    private final Grid<BookingRow> grid = new Grid<>();

    public ScheduleView(BookingService bookings, CurrentUser currentUser, ZoneId zone) {
        this.bookings = bookings;
        this.zone = zone;
        addClassName("pso-view");
        setSizeFull();
        grid.setId("schedule-grid");
        BookingColumns.addAll(
                grid,
                zone,
                getTranslation("booking.bookedBy"),
                BookingRow::bookerName,
                actionsRenderer(),
                ACTIONS_ID,
                getTranslation("schedule.title"),
                this::phoneActions);
        grid.setItems(q -> bookings.mySchedule(toSpringPageRequest(q)).stream(), q -> (int) bookings.countMySchedule());
        grid.setEmptyStateText(getTranslation("schedule.empty"));
        Anchor calendar = new Anchor("experts/" + currentUser.personId(), getTranslation("experts.open"));
        add(new H1(getTranslation("schedule.title")), calendar, grid);
    }

    /**
     * The actions of each row drawn in the browser from the row's properties (issue 17): a component column built a
     * layout with a link and up to three buttons on the server for every row sent, 786 KB per session for 100 rows.
     * A button calls the column's function with the server's own row (resolved by its key), never an id from the
     * browser; the services check the caller and refuse a second decision on the same booking.
     */
    private LitRenderer<BookingRow> actionsRenderer() {
        String cancel = getTranslation("booking.cancel");
        return BookingColumns.withIcs(this, LitRenderer.<BookingRow>of(ACTIONS))
                .withProperty("requested", ScheduleView::requested)
                .withProperty("approveText", this::approveText)
                .withProperty("declineText", this::declineText)
                .withProperty("cancellable", BookingColumns::holdsTime)
                .withProperty("cancelText", r -> cancel)
                .withFunction("approve", this::approve)
                .withFunction("decline", this::decline)
                .withFunction("cancel", this::cancel);
    }

    /** The same actions as components, for a phone's card (built only while the window is a phone). */
    private HorizontalLayout phoneActions(BookingRow row) {
        HorizontalLayout actions = new HorizontalLayout(BookingColumns.ics(row));
        actions.setAlignItems(Alignment.CENTER);
        if (requested(row)) {
            Button approve = new Button(approveText(row), e -> approve(row));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button decline = new Button(declineText(row), e -> decline(row));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, decline);
        }
        if (BookingColumns.holdsTime(row)) {
            Button cancel = new Button(getTranslation("booking.cancel"), e -> cancel(row));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        return actions;
    }

    private static boolean requested(BookingRow row) {
        return row.status() == BookingStatus.REQUESTED;
    }

    // the decision on one occurrence of a series is the decision on all its requested occurrences
    private String approveText(BookingRow row) {
        return getTranslation(row.inSeries() ? "booking.series.approve" : "booking.approve");
    }

    private String declineText(BookingRow row) {
        return getTranslation(row.inSeries() ? "booking.series.decline" : "booking.decline");
    }

    // Each function does only what its button offers for the row (the browser can call any function for any row it
    // was sent); the services check the caller and refuse a decision on a booking no longer requested.
    private void approve(BookingRow row) {
        if (!requested(row)) {
            return;
        }
        act(() -> bookings.approve(row.id()), row.inSeries() ? "booking.series.approved" : "booking.approved");
    }

    private void decline(BookingRow row) {
        if (!requested(row)) {
            return;
        }
        new ReasonDialog(
                        BookingColumns.named(this, "booking.decline.named", row, row.bookerName(), zone),
                        declineText(row),
                        reason -> act(
                                () -> bookings.decline(row.id(), reason),
                                row.inSeries() ? "booking.series.declined" : "booking.declined"))
                .open();
    }

    private void cancel(BookingRow row) {
        if (!BookingColumns.holdsTime(row)) {
            return;
        }
        BookingColumns.cancelDialog(
                        this,
                        bookings,
                        row,
                        row.bookerName(),
                        zone,
                        () -> grid.getDataProvider().refreshAll())
                .open();
    }

    private void act(Supplier<BookingRow> action, String successKey) {
        try {
            action.get();
            Notifications.success(getTranslation(successKey));
        } catch (UserMessageException e) {
            Notifications.error(Notifications.text(e));
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title") + " · " + getTranslation("app.name");
    }
}
