package org.psoportal.booking.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.psoportal.shared.ui.PhoneCards;

/** An expert's upcoming bookings: approve or decline requests, cancel, and a link to the own week calendar. */
@Route("schedule")
@RolesAllowed(Role.Names.EXPERT)
@Menu(title = "nav.schedule", order = 22, icon = "vaadin:calendar-clock")
public class ScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final transient BookingService bookings;
    private final transient ZoneId zone;
    private final Grid<BookingRow> grid = new Grid<>();

    public ScheduleView(BookingService bookings, CurrentUser currentUser, ZoneId zone) {
        this.bookings = bookings;
        this.zone = zone;
        addClassName("pso-view");
        setSizeFull();
        grid.setId("schedule-grid");
        BookingColumns.when(grid, zone);
        grid.addColumn(BookingRow::bookerName)
                .setHeader(getTranslation("booking.bookedBy"))
                .setAutoWidth(true);
        BookingColumns.projectAndTopic(grid);
        BookingColumns.status(grid);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("grid.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        PhoneCards.add(
                grid,
                getTranslation("schedule.title"),
                r -> BookingColumns.card(grid, r, zone, r.bookerName(), actions(r)));
        grid.setItems(q -> bookings.mySchedule(toSpringPageRequest(q)).stream(), q -> (int) bookings.countMySchedule());
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("schedule.empty"));
        Anchor calendar = new Anchor("experts/" + currentUser.personId(), getTranslation("experts.open"));
        add(new H1(getTranslation("schedule.title")), calendar, grid);
    }

    private HorizontalLayout actions(BookingRow row) {
        HorizontalLayout actions = new HorizontalLayout(BookingColumns.ics(row));
        actions.setAlignItems(Alignment.CENTER);
        if (row.status() == BookingStatus.REQUESTED) {
            // the decision on one occurrence of a series is the decision on all its requested occurrences
            boolean series = row.inSeries();
            Button approve = new Button(
                    getTranslation(series ? "booking.series.approve" : "booking.approve"),
                    e -> act(
                            () -> bookings.approve(row.id()), series ? "booking.series.approved" : "booking.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            Button decline = new Button(
                    getTranslation(series ? "booking.series.decline" : "booking.decline"),
                    e -> new ReasonDialog(
                                    BookingColumns.named(this, "booking.decline.named", row, row.bookerName(), zone),
                                    getTranslation(series ? "booking.series.decline" : "booking.decline"),
                                    reason -> act(
                                            () -> bookings.decline(row.id(), reason),
                                            series ? "booking.series.declined" : "booking.declined"))
                            .open());
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(approve, decline);
        }
        if (BookingColumns.holdsTime(row)) {
            Button cancel = new Button(
                    getTranslation("booking.cancel"),
                    e -> BookingColumns.cancelDialog(
                                    this,
                                    bookings,
                                    row,
                                    row.bookerName(),
                                    zone,
                                    () -> grid.getDataProvider().refreshAll())
                            .open());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(cancel);
        }
        return actions;
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
