package org.psoportal.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.psoportal.admintasks.TaskFigureRows;
import org.psoportal.admintasks.TaskFigureRows.TaskRow;
import org.psoportal.admintasks.TaskRequests;
import org.psoportal.booking.BookingFigureRows;
import org.psoportal.booking.BookingFigureRows.BookingRow;
import org.psoportal.dashboard.internal.DashboardService;
import org.psoportal.dashboard.internal.PersonalOverview;
import org.psoportal.security.CurrentUser;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;

/**
 * Everyone's own overview: staff see their requests and upcoming bookings, administrators their tasks (overdue
 * first), experts their bookings this week and the requests waiting for their approval.
 */
@Route("overview")
@PermitAll
@Menu(title = "nav.overview", order = 2, icon = "vaadin:user-card")
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    public OverviewView(DashboardService dashboard, CurrentUser currentUser) {
        addClassName("pso-view");
        addClassName("pso-overview");
        PersonalOverview mine = dashboard.personalOverview();
        add(new H1(getTranslation("overview.title")));
        if (TaskRequests.mayRequest(currentUser)) {
            add(requestAdminWork());
        }
        if (mine.administrator()) {
            add(section("overview-my-tasks", "overview.myTasks", taskGrid(mine.myTasks(), true)));
        }
        if (mine.expert()) {
            add(section(
                    "overview-awaiting-approval",
                    "overview.awaitingApproval",
                    bookingGrid(mine.awaitingMyApproval(), true)));
            add(section("overview-my-week", "overview.myWeek", bookingGrid(mine.myBookingsThisWeek(), true)));
        }
        if (mine.staff()) {
            add(section("overview-my-requests", "overview.myRequests", taskGrid(mine.myRequests(), false)));
            add(section("overview-my-bookings", "overview.myBookings", bookingGrid(mine.myUpcomingBookings(), false)));
        }
        if (!mine.administrator() && !mine.expert() && !mine.staff()) {
            add(new Paragraph(getTranslation("overview.nothing")));
        }
    }

    /** How to get admin work done: a line that says so and a button that opens the board's request form. */
    private Div requestAdminWork() {
        Button request = new Button(
                getTranslation("request.adminWork"),
                VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TaskRequests.HELP)));
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.setId("request-admin-work");
        Paragraph how = new Paragraph(getTranslation("request.adminWork.how"));
        how.addClassName("pso-overview-request-how");
        Div box = new Div(how, request);
        box.addClassName("pso-overview-request");
        return box;
    }

    private Section section(String id, String titleKey, Grid<?> grid) {
        Section section = new Section(new H3(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("pso-overview-section");
        grid.setAriaLabel(getTranslation(titleKey));
        if (grid.getListDataView().getItemCount() == 0) {
            section.add(new Paragraph(getTranslation("overview.empty")));
        } else {
            section.add(grid);
        }
        return section;
    }

    private Grid<TaskRow> taskGrid(List<TaskRow> rows, boolean mine) {
        Grid<TaskRow> grid = grid(rows);
        grid.addComponentColumn(this::dueBadge)
                .setHeader(getTranslation("overview.due"))
                .setAutoWidth(true);
        grid.addColumn(TaskRow::title)
                .setHeader(getTranslation("dashboard.task"))
                .setFlexGrow(2);
        grid.addColumn(TaskRow::projectCode)
                .setHeader(getTranslation("dashboard.project"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(TaskFigureRows.columnLabelKey(r.column())))
                .setHeader(getTranslation("overview.state"))
                .setAutoWidth(true);
        if (!mine) {
            grid.addColumn(this::assignee)
                    .setHeader(getTranslation("dashboard.assignee"))
                    .setAutoWidth(true);
        }
        PhoneCards.add(
                grid,
                getTranslation("dashboard.task"),
                r -> r.dueDate() == null
                        ? RowCard.of(r.title(), taskDetails(r, mine))
                        : RowCard.of(
                                r.title(),
                                taskDetails(r, mine),
                                new Span(getTranslation("overview.due") + ":"),
                                dueBadge(r)));
        return grid;
    }

    private List<String> taskDetails(TaskRow r, boolean mine) {
        return List.of(
                r.projectCode() + " · " + getTranslation(TaskFigureRows.columnLabelKey(r.column())),
                mine ? "" : getTranslation("dashboard.assignee") + ": " + assignee(r));
    }

    private String assignee(TaskRow r) {
        return r.assigneeName() == null ? getTranslation("dashboard.unassigned") : r.assigneeName();
    }

    private Span dueBadge(TaskRow row) {
        Span badge = new Span(row.dueDate() == null ? "–" : row.dueDate().toString());
        if (row.overdue()) {
            badge.getElement().getThemeList().add("badge error");
            badge.getElement().setAttribute("title", getTranslation("overview.overdue"));
        }
        return badge;
    }

    private Grid<BookingRow> bookingGrid(List<BookingRow> rows, boolean asExpert) {
        Grid<BookingRow> grid = grid(rows);
        grid.addColumn(r -> DashboardFormat.timeRange(r.start(), r.end()))
                .setHeader(getTranslation("dashboard.time"))
                .setAutoWidth(true);
        grid.addColumn(asExpert ? BookingRow::bookedByName : BookingRow::expertName)
                .setHeader(getTranslation(asExpert ? "dashboard.bookedBy" : "dashboard.expert"))
                .setAutoWidth(true);
        grid.addColumn(BookingRow::projectCode)
                .setHeader(getTranslation("dashboard.project"))
                .setAutoWidth(true);
        grid.addColumn(BookingRow::topic)
                .setHeader(getTranslation("dashboard.topic"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(BookingFigureRows.statusLabelKey(r.status())))
                .setHeader(getTranslation("dashboard.status"))
                .setAutoWidth(true);
        PhoneCards.add(
                grid,
                getTranslation("dashboard.topic"),
                r -> RowCard.of(
                        DashboardFormat.timeRange(r.start(), r.end()),
                        List.of(
                                (asExpert ? r.bookedByName() : r.expertName()) + " · " + r.projectCode(),
                                r.topic(),
                                getTranslation(BookingFigureRows.statusLabelKey(r.status())))));
        return grid;
    }

    private static <T> Grid<T> grid(List<T> rows) {
        Grid<T> grid = new Grid<>();
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title") + " · " + getTranslation("app.name");
    }
}
