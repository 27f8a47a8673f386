package org.psoportal.admintasks.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.psoportal.admintasks.BoardService;
import org.psoportal.admintasks.TaskCard;
import org.psoportal.security.Role;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/** Archived tasks and Done tasks older than 14 days: searchable, lazily loaded, each opens its dialog. */
@Route("board/archive")
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMINISTRATOR, Role.Names.HEAD})
public class BoardArchiveView extends VerticalLayout implements HasDynamicTitle {

    public BoardArchiveView(BoardService board, TaskDialogs dialogs, ZoneId zone) {
        addClassName("pso-view");
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("archive.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("archive-search");
        search.setWidth("min(100%, 24rem)");

        DateTimeFormatter fmt = TimeFormats.dateFormat(zone);
        Grid<TaskCard> grid = new Grid<>();
        grid.addColumn(TaskCard::title).setHeader(getTranslation("task.title")).setFlexGrow(3);
        grid.addColumn(TaskCard::projectCode)
                .setHeader(getTranslation("task.project"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("board.type." + c.type().name()))
                .setHeader(getTranslation("task.type"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assigneeName() == null ? "" : c.assigneeName())
                .setHeader(getTranslation("task.assignee"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("board.column." + c.column().name()))
                .setHeader(getTranslation("archive.column"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.completedAt() == null ? "" : fmt.format(c.completedAt()))
                .setHeader(getTranslation("archive.completed"))
                .setAutoWidth(true);
        PhoneCards.add(
                grid,
                getTranslation("archive.title"),
                c -> RowCard.of(
                        c.title(),
                        List.of(
                                c.projectCode() + " · "
                                        + getTranslation(
                                                "board.type." + c.type().name()),
                                c.assigneeName() == null ? "" : c.assigneeName(),
                                getTranslation("board.column." + c.column().name())
                                        + (c.completedAt() == null ? "" : " · " + fmt.format(c.completedAt())))));
        grid.setItems(q -> board.archived(search.getValue(), toSpringPageRequest(q)).stream(), q ->
                (int) board.archivedCount(search.getValue()));
        grid.addItemClickListener(
                e -> dialogs.open(e.getItem().id(), () -> grid.getDataProvider().refreshAll()));
        // whole codes, titles and topics: a cell wraps instead of ending in "CRM-2…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(
                new H1(getTranslation("archive.title")),
                new RouterLink(getTranslation("board.title"), BoardView.class),
                search,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title");
    }
}
