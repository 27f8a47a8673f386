package org.psoportal.admintasks.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
import org.psoportal.admintasks.internal.BoardService;
import org.psoportal.admintasks.internal.TaskCard;
import org.psoportal.admintasks.internal.TaskConflictException;
import org.psoportal.security.CurrentUser;
import org.psoportal.security.Role;
import org.psoportal.shared.NotFoundException;
import org.psoportal.shared.ui.Notifications;
import org.psoportal.shared.ui.PhoneCards;
import org.psoportal.shared.ui.RowCard;
import org.psoportal.shared.ui.TimeFormats;

/**
 * Archived tasks and Done tasks older than 14 days: searchable, lazily loaded, each opens its dialog. Managers
 * (who may archive) put an archived task back on the board with its "Restore" button.
 */
@Route("board/archive")
@RolesAllowed({Role.Names.STAFF, Role.Names.ADMINISTRATOR, Role.Names.HEAD})
public class BoardArchiveView extends VerticalLayout implements HasDynamicTitle {

    private final transient BoardService board;

    public BoardArchiveView(BoardService board, TaskDialogs dialogs, ZoneId zone, CurrentUser currentUser) {
        this.board = board;
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
        grid.addColumn(c -> getTranslation(c.type().labelKey()))
                .setHeader(getTranslation("task.type"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assigneeName() == null ? "" : c.assigneeName())
                .setHeader(getTranslation("task.assignee"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.column().labelKey()))
                .setHeader(getTranslation("archive.column"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.completedAt() == null ? "" : fmt.format(c.completedAt()))
                .setHeader(getTranslation("archive.completed"))
                .setAutoWidth(true);
        if (currentUser.isManager()) {
            grid.addComponentColumn(c -> restoreButton(c, grid))
                    .setHeader(getTranslation("archive.restore"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        PhoneCards.add(
                grid,
                getTranslation("archive.title"),
                c -> RowCard.of(
                        c.title(),
                        List.of(
                                c.projectCode() + " · "
                                        + getTranslation(c.type().labelKey()),
                                c.assigneeName() == null ? "" : c.assigneeName(),
                                getTranslation(c.column().labelKey())
                                        + (c.completedAt() == null ? "" : " · " + fmt.format(c.completedAt()))),
                        currentUser.isManager() ? new Component[] {restoreButton(c, grid)} : new Component[0]));
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

    /** Only an archived task can go back (an old Done card is here because it is finished). */
    private Component restoreButton(TaskCard card, Grid<TaskCard> grid) {
        if (card.archivedAt() == null) {
            return new Span();
        }
        Button restore = new Button(getTranslation("archive.restore"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            try {
                board.restore(card.id());
                Notifications.success(getTranslation("board.restored", card.title()));
            } catch (TaskConflictException | NotFoundException ex) {
                Notifications.error(Notifications.text(ex));
            }
            grid.getDataProvider().refreshAll();
        });
        restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        restore.setAriaLabel(getTranslation("archive.restoreTask", card.title()));
        restore.setId("restore-" + card.id());
        // the row's click opens the task: a click on the button must not do that as well
        restore.getElement().addEventListener("click", e -> {}).stopPropagation();
        return restore;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("archive.title");
    }
}
