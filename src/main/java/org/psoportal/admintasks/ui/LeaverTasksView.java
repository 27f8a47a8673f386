package org.psoportal.admintasks.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.psoportal.admintasks.internal.LeaverTasksService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.security.Role;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/**
 * For the head: the open tasks of people who can no longer sign in (deactivated, or gone from the company directory),
 * so that someone else takes them over. A row opens the task's dialog, where the head picks the new assignee.
 * Linked from the people page.
 */
@Route("board/leavers")
@RolesAllowed(Role.Names.HEAD)
public class LeaverTasksView extends VerticalLayout implements HasDynamicTitle {

    private final transient LeaverTasksService leavers;
    private final Grid<TaskCard> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public LeaverTasksView(LeaverTasksService leavers, TaskDialogs dialogs, ZoneId zone) {
        this.leavers = leavers;
        addClassName("pso-view");
        setSizeFull();
        DateTimeFormatter fmt = TimeFormats.dateFormat(zone);
        grid.addColumn(TaskCard::title).setHeader(getTranslation("task.title")).setFlexGrow(3);
        grid.addColumn(TaskCard::projectCode)
                .setHeader(getTranslation("task.project"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assigneeName() == null ? "" : c.assigneeName())
                .setHeader(getTranslation("task.assignee"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.column().labelKey()))
                .setHeader(getTranslation("archive.column"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.dueDate() == null ? "" : fmt.format(c.dueDate()))
                .setHeader(getTranslation("task.dueDate"))
                .setAutoWidth(true);
        PhoneCards.add(
                grid,
                getTranslation("leavers.title"),
                c -> RowCard.of(
                        c.title(),
                        List.of(
                                c.projectCode(),
                                c.assigneeName() == null ? "" : c.assigneeName(),
                                getTranslation(c.column().labelKey()))));
        grid.addItemClickListener(e -> dialogs.open(e.getItem().id(), this::refresh));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        empty.setId("leavers-empty");
        add(new H1(getTranslation("leavers.title")), new Paragraph(getTranslation("leavers.intro")), empty, grid);
        refresh();
    }

    private void refresh() {
        List<TaskCard> cards = leavers.openTasksOfDeactivatedPeople();
        grid.setItems(cards);
        empty.setText(cards.isEmpty() ? getTranslation("leavers.none") : "");
        empty.setVisible(cards.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("leavers.title") + " · " + getTranslation("app.name");
    }
}
